/** configs.recommended and configs.strict spread into an existing flat config, run by the real ESLint class on real files. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import js from '@eslint/js';
import { ESLint, type Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import plugin from '../../eslint-plugin/index.js';

const FILES: Record<string, string> = {
  'src/Login.tsx': "export function Login({ busy }: { busy: boolean }) {\n  return <button onClick={() => go()}>{busy ? 'Sender dig til MitID…' : 'Log ind med MitID'}</button>;\n}\nfunction go() {}\n",
  'src/Fine.tsx': 'export const Fine = () => <button>Log on with MitID</button>;\n',
  'src/element.ts': "import { html } from 'lit';\nexport const t = (label: string) => html`<a class=\"mitid\">${label}</a><iframe src=\"https://acme.idura.broker/oauth2/authorize\"></iframe>`;\n",
  'public/index.html': '<!doctype html>\n<html><body><verify style="max-height: 93vh"></verify><button>Login with MitID</button></body></html>\n',
  'src/Login.vue': '<template>\n  <div @click="go">Log ind med MitID</div>\n</template>\n<script>\nexport default { methods: { go() {} } };\n</script>\n',
};

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mitid-eslint-'));
  for (const [name, text] of Object.entries(FILES)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A team's existing config: JS + typescript-eslint for scripts, one rule of their own. */
const existing: Linter.Config[] = [
  js.configs.recommended,
  ...(tseslint.configs.recommended as Linter.Config[]),
  { files: ['**/*.{ts,tsx}'], languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } },
  { rules: { 'no-var': 'error' } },
];

async function lint(config: Linter.Config[]): Promise<Map<string, Linter.LintMessage[]>> {
  const eslint = new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: config });
  const results = await eslint.lintFiles(['src', 'public']);
  return new Map(results.map((r) => [r.filePath.slice(dir.length + 1), r.messages]));
}

const ids = (messages: Linter.LintMessage[] | undefined) => (messages ?? []).map((m) => m.ruleId ?? `fatal: ${m.message}`).sort();

describe('configs', () => {
  it('recommended works spread into an existing config, in every framework', async () => {
    const results = await lint([...existing, ...plugin.configs.recommended]);
    expect(ids(results.get('src/Login.tsx'))).toEqual(['mitid/approved-text']);
    expect(ids(results.get('src/Fine.tsx'))).toEqual([]);
    expect(ids(results.get('src/element.ts'))).toEqual(['mitid/cta-element', 'mitid/no-embedded-login']);
    expect(ids(results.get('public/index.html'))).toEqual(['mitid/approved-text', 'mitid/box-min-height']);
    expect(ids(results.get('src/Login.vue'))).toEqual(['mitid/cta-element']);
  });

  it('strict also reports text it cannot verify', async () => {
    const results = await lint([...existing, ...plugin.configs.strict]);
    expect(ids(results.get('src/element.ts'))).toEqual(['mitid/approved-text', 'mitid/cta-element', 'mitid/no-embedded-login']);
  });

  it('has one named block per framework, each with files', () => {
    for (const config of [plugin.configs.recommended, plugin.configs.strict]) {
      expect(config.map((c) => c.name)).toEqual(expect.arrayContaining([expect.stringMatching(/jsx$/), expect.stringMatching(/script$/), expect.stringMatching(/html$/), expect.stringMatching(/vue$/)]));
      for (const block of config) expect(block.files?.length).toBeGreaterThan(0);
    }
  });

  it('every rule links its documentation and has a schema', () => {
    for (const [name, rule] of Object.entries(plugin.rules)) {
      expect(rule.meta?.docs?.url).toMatch(new RegExp(`^https://unpkg\\.com/eslint-plugin-mitid@\\d+\\.\\d+\\.\\d+[^/]*/docs/rules/${name}\\.md$`));
      expect(rule.meta?.schema).toBeInstanceOf(Array);
    }
  });
});
