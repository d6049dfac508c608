#!/usr/bin/env node
// Svelte `<script lang="ts">` read through typescript-estree (eslint-plugin/adapters/svelte-typescript.ts)
// against its JavaScript twin read by espree: a component with n typed declarations and a MitID
// button whose `{label}` asks the script, linted by every `mitid/*` rule (the plugin bundled from
// source). The time per size shows the TypeScript path stays linear; the first TypeScript
// component of a process also loads TypeScript, measured in fresh processes.
//   node bench/svelte-typescript.mjs [--sizes 250,500,1000,2000,4000] [--rounds 5] [--print]
// --print leaves BENCHMARKS.md alone.
import { execFileSync } from 'node:child_process';
import { cpus } from 'node:os';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { loadNote } from './lib/load.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const WORK = join(ROOT, 'bench/.work/svelte-typescript');
const { values } = parseArgs({ options: { sizes: { type: 'string', default: '250,500,1000,2000,4000' }, rounds: { type: 'string', default: '5' }, print: { type: 'boolean', default: false } } });
const SIZES = values.sizes.split(',').map(Number);
const ROUNDS = Math.max(1, Number(values.rounds));


mkdirSync(WORK, { recursive: true });
const BUNDLE = join(WORK, 'eslint-plugin.mjs');
const external = ['parse5', 'vue-eslint-parser', 'eslint', 'postcss', 'postcss-*', '@typescript-eslint/*', 'typescript'].map((x) => `--external:${x}`);
execFileSync(join(ROOT, 'node_modules/.bin/esbuild'), ['eslint-plugin/index.ts', '--bundle', '--platform=node', '--format=esm', `--outfile=${BUNDLE}`, ...external, '--log-level=warning'], { cwd: ROOT });

const component = (n, ts) => {
  const type = (t) => (ts ? `: ${t}` : '');
  const lines = Array.from({ length: n }, (_, i) => `  let v${i}${type('string')} = 'tekst ${i}';\n  function set${i}(x${type('number')})${type('void')} { v${i} = 'ny ' + x; }`);
  return `<script${ts ? ' lang="ts"' : ''}>\n${lines.join('\n')}\n  const label${type('string')} = 'Login med MitID';\n</script>\n<button on:click={go}>{label}</button>\n`;
};

// One process: each size linted ROUNDS times after a warm-up, the median kept.
const LINT = `
import { Linter } from 'eslint';
const { default: mitid, htmlParser } = await import(${JSON.stringify(pathToFileURL(BUNDLE).href)});
const rules = Object.fromEntries(Object.keys(mitid.rules).map((r) => ['mitid/' + r, 'error']));
const config = [{ files: ['**/*.svelte'], plugins: { mitid }, languageOptions: { parser: htmlParser }, rules }];
const linter = new Linter();
const [mode, ...files] = process.argv.slice(1);
const time = (code) => { const t = performance.now(); const found = linter.verify(code, config, 'Login.svelte').filter((m) => m.ruleId === 'mitid/approved-text').length; return [performance.now() - t, found]; };
const out = [];
if (mode === 'first') for (const f of files) out.push(time((await import('node:fs')).readFileSync(f, 'utf8')));
else {
  const fs = await import('node:fs');
  for (const f of files) {
    const code = fs.readFileSync(f, 'utf8');
    time(code);
    const runs = Array.from({ length: ${ROUNDS} }, () => time(code));
    out.push([runs.map((r) => r[0]).sort((a, b) => a - b)[${Math.floor(ROUNDS / 2)}], runs[0][1]]);
  }
}
console.log(JSON.stringify(out));
`;
const run = (mode, files) => JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', LINT, mode, ...files], { cwd: ROOT, encoding: 'utf8' }));

const file = (n, ts) => {
  const path = join(WORK, `c${n}${ts ? '-ts' : ''}.svelte`);
  writeFileSync(path, component(n, ts));
  return path;
};
const tsFiles = SIZES.map((n) => file(n, true));
const jsFiles = SIZES.map((n) => file(n, false));
const ts = run('sizes', tsFiles);
const js = run('sizes', jsFiles);
for (const [i, n] of SIZES.entries()) if (ts[i][1] !== 1 || js[i][1] !== 1) throw new Error(`size ${n}: the near miss was not found (ts ${ts[i][1]}, js ${js[i][1]})`);

// The first component of a fresh process (TypeScript loads on the first TS component only).
const small = [file(10, true), file(10, false)];
const firsts = Array.from({ length: 3 }, () => [run('first', [small[0]])[0][0], run('first', [small[1]])[0][0]]);
const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const firstTs = median(firsts.map((f) => f[0]));
const firstJs = median(firsts.map((f) => f[1]));

const ms = (x) => `${x < 10 ? x.toFixed(1) : Math.round(x)} ms`;
const rows = [
  `| shape | ${SIZES.map((n) => `n = ${n.toLocaleString('en')}`).join(' | ')} | x prev (2 = linear) |`,
  `|---|${SIZES.map(() => '---|').join('')}---|`,
  ...[['`lang="ts"` (typescript-estree)', ts], ['the JS twin (espree)', js]].map(([name, t]) => `| ${name} | ${t.map((r) => ms(r[0])).join(' | ')} | ${t.slice(1).map((r, i) => (r[0] / t[i][0]).toFixed(2)).join(', ')} |`),
  `| ratio TS / JS | ${ts.map((r, i) => `${(r[0] / js[i][0]).toFixed(2)}x`).join(' | ')} | |`,
];
const section = [
  '<!-- bench:svelte-typescript:start -->',
  '## Svelte `<script lang="ts">` vs its JavaScript twin (`node bench/svelte-typescript.mjs`)',
  '',
  `Machine: ${cpus().length} cores, ${cpus()[0]?.model.trim()}, node ${process.version}. Date: ${new Date().toISOString().slice(0, 10)}. ${loadNote()}`,
  '',
  `Method: a component with n typed declarations and setters (\`let v: string = '…'\`, \`function set(x: number): void\`) and a MitID button whose \`{label}\` asks the script, and its twin without types; every \`mitid/*\` rule, ESLint's \`Linter\`, the plugin bundled from source; per size the median of ${ROUNDS} runs after a warm-up, in one process per flavour. Each run found the one near miss. The script is parsed once per file, only when the markup asks a name of it (a file that never names MitID never does). The first component of a fresh process: a TypeScript one ${ms(firstTs)}, a JavaScript one ${ms(firstJs)} (median of 3 processes each; the difference is loading TypeScript, once per process; \`mitid-ux check\` has already loaded it for its own \`.ts\` files).`,
  '',
  ...rows,
  '<!-- bench:svelte-typescript:end -->',
].join('\n');

console.log(section);
if (!values.print) {
  const path = join(ROOT, 'BENCHMARKS.md');
  const text = readFileSync(path, 'utf8');
  const re = /<!-- bench:svelte-typescript:start -->[\s\S]*?<!-- bench:svelte-typescript:end -->/;
  writeFileSync(path, re.test(text) ? text.replace(re, section) : `${text.trimEnd()}\n\n${section}\n`);
}
