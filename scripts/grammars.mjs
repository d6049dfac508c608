#!/usr/bin/env node
// Build step of mitid-ux (after its tsc): copies the tree-sitter grammars the language checks load
// (GRAMMARS in cli/src/languages/tree-sitter.ts) out of the tree-sitter-wasms dev dependency into
// cli/dist/grammars, with their licences (cli/src/languages/grammars-notice.md). The package ships
// ~16 MB of the 50 MB tree-sitter-wasms holds, and users install no tree-sitter-wasms at all.
import { copyFileSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const cli = join(dirname(fileURLToPath(import.meta.url)), '../cli');
const { GRAMMARS } = await import(pathToFileURL(join(cli, 'dist/languages/tree-sitter.js')).href);
const from = join(dirname(createRequire(join(cli, 'package.json')).resolve('tree-sitter-wasms/package.json')), 'out');
const to = join(cli, 'dist/grammars');
const notice = readFileSync(join(cli, 'src/languages/grammars-notice.md'), 'utf8');

rmSync(to, { recursive: true, force: true });
mkdirSync(to, { recursive: true });
for (const grammar of GRAMMARS) {
  const name = `tree-sitter-${grammar}.wasm`;
  if (!notice.includes(`## ${name}`)) throw new Error(`grammars: ${name} has no licence in cli/src/languages/grammars-notice.md`);
  copyFileSync(join(from, name), join(to, name));
}
copyFileSync(join(cli, 'src/languages/grammars-notice.md'), join(to, 'NOTICE.md'));
console.log(`grammars: ${GRAMMARS.length} copied to cli/dist/grammars`);
