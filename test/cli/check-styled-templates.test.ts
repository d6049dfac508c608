// A styled-components template the CSS parser cannot read (a `${mixin}` where a declaration goes):
// stylelint's postcss-lit skips it and prints a console warning. `check` keeps its output clean and
// says "not checked" only when that template names MitID (a MitID button's own styles were not
// read); a skipped template that never names MitID holds nothing to check.
import { describe, expect, it } from 'vitest';
import { checkElsewhere, cli, ensureBuilt, writeProject } from './run-cli.js';

ensureBuilt();

const styled = (name: string): string => `import styled from 'styled-components';\nexport const ${name} = styled.button\`\n  \${({ theme }) => theme.reset};\n  background: \${(p) => p.bg};\n\`;\n`;

describe('check: CSS templates stylelint cannot read', () => {
  it('a skipped template naming MitID is named as not checked; postcss-lit prints nothing', async () => {
    const root = writeProject({ 'package.json': '{"name":"app"}', 'src/Button.tsx': styled('MitIDButton') });
    const { code, report } = await checkElsewhere(root, 'src');
    expect(code).toBe(2);
    expect(report.errors.map((e) => e.message)).toEqual(['the CSS template at line 2 could not be read for its styles (expressions the CSS parser cannot follow)']);
    const r = await cli(['check', `${root}/src`]);
    expect(r.stderr).not.toContain('[postcss-lit]');
    expect(r.stdout).not.toContain('[postcss-lit]');
  });

  it('a skipped template that never names MitID is no gap: clean, and no console noise', async () => {
    const root = writeProject({ 'package.json': '{"name":"app"}', 'src/Button.tsx': `${styled('SaveButton')}export const L = () => <p>Log ind med MitID på næste side.</p>;\n` });
    const { code, report } = await checkElsewhere(root, 'src');
    expect([code, report.errors]).toEqual([0, []]);
    const r = await cli(['check', `${root}/src`]);
    expect(`${r.stdout}${r.stderr}`).not.toContain('[postcss-lit]');
    expect(r.stdout).toContain('No MitID problems');
  });
});
