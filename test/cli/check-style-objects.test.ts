// `mitid-ux check` as a process on brand styles written as JS objects: a vanilla-extract `.css.ts`
// (no template literal for stylelint to read) reaches ESLint's mitid/button-style, with lines; the
// logo and another button in the same file stay silent, and so does a file that never names MitID.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { cli, ensureBuilt, type JsonReport } from './run-cli.js';

beforeAll(ensureBuilt);

it('reports a vanilla-extract MitID button style end to end, and nothing else', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'mitid-ux-style-objects-'));
  mkdirSync(join(dir, 'src'));
  writeFileSync(
    join(dir, 'src', 'login.css.ts'),
    [
      "import { style } from '@vanilla-extract/css';",
      '',
      'export const mitidButton = style({',
      "  background: '#1a73e8',",
      '  height: 48,',
      "  selectors: { '&:hover': { background: '#e0001b' } },",
      '});',
      "export const mitidLogo = style({ background: 'url(/mitid.svg) no-repeat' });",
      "export const primaryButton = style({ background: '#e0001b' });",
      '',
    ].join('\n'),
  );
  writeFileSync(join(dir, 'src', 'theme.css.ts'), "import { style } from '@vanilla-extract/css';\nexport const primaryButton = style({ background: '#e0001b', height: 36 });\n");
  const r = await cli(['check', '.', '-f', 'json'], { cwd: dir });
  expect(r.code, r.stderr).toBe(1);
  const report = JSON.parse(r.stdout) as JsonReport;
  expect(report.checked).toBe(2);
  expect(report.errors).toEqual([]);
  const found = report.findings.map((f) => `${f.target}:${f.line} ${f.ruleId} ${f.message}`);
  expect(found).toEqual([
    'src/login.css.ts:4 mitid/button-style MitID button background is #1a73e8; the brand asks for #0060e6.',
    'src/login.css.ts:6 mitid/button-style MitID button background is #e0001b; the brand asks for #0060e6 or a darker blue.',
  ]);
});
