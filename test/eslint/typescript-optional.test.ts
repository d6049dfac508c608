// typescript-estree is an optional peer of the plugin (adapters/svelte-typescript.ts): without it a
// Svelte `<script lang="ts">` gives no names (its values stay unknown, as before) and nothing
// throws, while a `<script>` component is read in full. Run in a process of its own on the built
// plugin, with every @typescript-eslint package and typescript-eslint made unresolvable; the same
// run with them found is the control (the TS component's finding appears).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, ROOT } from '../cli/run-cli.js';

beforeAll(ensureBuilt);

const BLOCK = `
const Module = require('node:module');
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  if (/^(?:@typescript-eslint\\/|typescript-eslint$)/.test(request)) {
    throw Object.assign(new Error("Cannot find module '" + request + "'"), { code: 'MODULE_NOT_FOUND' });
  }
  return resolve.call(this, request, ...rest);
};
`;

const LINT = `
import { Linter } from 'eslint';
import plugin, { htmlParser } from ${JSON.stringify(`${ROOT}eslint-plugin/dist/index.js`)};
const ts = '<script lang="ts">\\n  const label: string = \\'Login med MitID\\';\\n</script>\\n<button on:click={login}>{label as string}</button>\\n';
const js = ts.replace(' lang="ts"', '').replace(': string', '').replace(' as string', '');
const config = [{ files: ['**/*.svelte'], plugins: { mitid: plugin }, languageOptions: { parser: htmlParser }, rules: { 'mitid/approved-text': 'error' } }];
const lint = (code) => new Linter().verify(code, config, 'Login.svelte').map((m) => [m.messageId ?? m.message, m.line]);
console.log(JSON.stringify({ ts: lint(ts), js: lint(js) }));
`;

function run(blocked: boolean): { ts: unknown[]; js: unknown[] } {
  const dir = mkdtempSync(join(tmpdir(), 'mitid-ts-optional-'));
  writeFileSync(join(dir, 'block.cjs'), BLOCK);
  const args = [...(blocked ? ['--require', join(dir, 'block.cjs')] : []), '--input-type=module', '-e', LINT];
  const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  if (r.status !== 0) throw new Error(`exit ${r.status}: ${r.stderr}`);
  return JSON.parse(r.stdout) as { ts: unknown[]; js: unknown[] };
}

describe('svelte lang="ts" without typescript-estree installed', () => {
  it('reads the TS component when the parser is found (the control)', () => {
    expect(run(false)).toEqual({ ts: [['useApprovedPhrase', 2]], js: [['useApprovedPhrase', 2]] });
  });

  it('gives no names from a TS script and throws nothing; a JS script is read in full', () => {
    expect(run(true)).toEqual({ ts: [], js: [['useApprovedPhrase', 2]] });
  });
});
