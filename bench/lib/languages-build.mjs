// The languages checks (cli/src/languages), their test corpus and the ESLint plugin bundled from
// source with shared chunks, for the benchmarks that import them (bench/languages.mjs,
// bench/crash-languages.mjs).
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
export const WORK = join(ROOT, 'bench/.work/languages');

export function buildLanguages() {
  mkdirSync(WORK, { recursive: true });
  execFileSync(join(ROOT, 'node_modules/.bin/esbuild'), [
    'cli/src/languages/index.ts', 'test/languages/corpus.ts', 'eslint-plugin/index.ts',
    '--bundle', '--splitting', '--platform=node', '--format=esm', `--outdir=${WORK}`, '--outbase=.',
    '--alias:eslint-plugin-mitid=./eslint-plugin/index.ts', '--alias:mitid-ux-kit/core=./src/core/index.ts',
    // Dependencies stay in node_modules: bundled, some lose the data files they read by path (css-tree's).
    '--packages=external', '--log-level=warning',
  ], { cwd: ROOT, stdio: 'inherit' });
}

/** A module of the bundle, e.g. 'cli/src/languages/index.js'. */
export const loadBuilt = async (path) => import(pathToFileURL(join(WORK, path)).href);
