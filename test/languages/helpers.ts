/** A throwaway project folder: files written as given, checked through the languages API. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll } from 'vitest';
import { checkLanguageFiles } from '../../cli/src/languages/index.js';
import type { Finding } from '../../cli/src/lib/report.js';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

export function project(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'mitid-languages-'));
  made.push(dir);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

/** Checks `file` of a project made from `files`; findings as `line:column ruleId`, messages beside. */
export async function check(file: string, files: Record<string, string>, options: { strict?: boolean; settings?: unknown } = {}) {
  const cwd = project(files);
  const result = await checkLanguageFiles([join(cwd, file)], { cwd, ...options });
  return { ...result, where: result.findings.map((f: Finding) => `${f.line}:${f.column} ${f.ruleId}`), messages: result.findings.map((f) => f.message) };
}

/** Line and column (1-based) of the first `needle` in `text`. */
export function at(text: string, needle: string, nth = 0): string {
  let i = -1;
  for (let k = 0; k <= nth; k++) i = text.indexOf(needle, i + 1);
  if (i < 0) throw new Error(`${needle} not in text`);
  const before = text.slice(0, i).split('\n');
  return `${before.length}:${(before.at(-1) ?? '').length + 1}`;
}
