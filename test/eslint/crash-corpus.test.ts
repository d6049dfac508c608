/**
 * Never crash: every rule over thousands of real files not written here (the project's own
 * node_modules, plus the benchmark's .tsx corpus when it has been fetched). Each file gets a
 * leading comment naming MitID so the rules do not skip it, and the rules run in debug mode, in
 * which an exception escapes instead of being swallowed.
 */
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Linter } from 'eslint';
import { expect, test } from 'vitest';
import { everyRule } from './helpers.js';


const ROOT = join(import.meta.dirname, '../..');
// About a minute on one core of the 2-core CI machine; bounded whatever node_modules holds.
const SAMPLE = 8_000;
const MAX_BYTES = 100_000;
const EXT = /\.(?:[cm]?js|jsx|[cm]?ts|tsx|vue|html?)$/;

function walk(dir: string, out: string[]): void {
  let entries: string[];
  try {
    entries = readdirSync(dir).sort();
  } catch {
    return;
  }
  for (const name of entries) {
    const path = join(dir, name);
    let s;
    try {
      // Workspace links (node_modules/mitid-ux-kit -> ..) lead back into the repository: a cycle.
      s = lstatSync(path);
    } catch {
      continue;
    }
    if (s.isDirectory()) walk(path, out);
    else if (EXT.test(name) && s.size > 0 && s.size <= MAX_BYTES) out.push(path);
  }
}

/** A fixed, spread-out sample, plus every Lit template, HTML and Vue file (rarer, richer). */
function corpus(): string[] {
  const all: string[] = [];
  walk(join(ROOT, 'node_modules'), all);
  walk(join(ROOT, 'bench/.corpus'), all);
  const rich = all.filter((f) => /\.(?:vue|html?|tsx|jsx)$/.test(f) || (/lit|storybook/.test(f) && readFileSync(f, 'utf8').includes('html`')));
  const richSet = new Set(rich);
  const rest = all.filter((f) => !richSet.has(f));
  const step = Math.max(1, Math.floor(rest.length / SAMPLE));
  return [...rich, ...rest.filter((_, i) => i % step === 0).slice(0, SAMPLE)];
}

const configs = everyRule({ mitid: { components: { Box: 'button' }, boxElements: ['div'] } });

const marker = (file: string): string => (/\.(?:vue|html?)$/.test(file) ? '<!-- MitID -->\n' : '// MitID\n');

test('no rule throws on thousands of real files', () => {
  process.env['MITID_ESLINT_DEBUG'] = '1';
  const linter = new Linter();
  const files = corpus();
  const crashes: string[] = [];
  let linted = 0;
  for (const file of files) {
    // Flat config ignores node_modules by default: lint under another name.
    const name = relative(ROOT, file).replace(/(^|\/)node_modules\//g, '$1nm/');
    const text = marker(file) + readFileSync(file, 'utf8');
    try {
      const messages = linter.verify(text, configs, name);
      if (!messages.some((m) => m.fatal || m.ruleId === null)) linted++;
    } catch (error) {
      crashes.push(`${name}: ${(error as Error).message.split('\n')[0]}`);
    }
  }
  expect(crashes).toEqual([]);
  expect(files.length).toBeGreaterThan(5000);
  expect(linted).toBeGreaterThan(4000);
}, 300_000);
