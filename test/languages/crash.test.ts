/**
 * No crash, hang or lost file on broken input: every generated file (cut mid-token, unclosed
 * template tags, deep nesting, very long lines, NUL and lone surrogates) is either checked or named
 * as not checked, and every finding points inside its file. MITID_LANG_CORPUS adds real files.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLanguageFiles, languageOf } from '../../cli/src/languages/index.js';
import { generatedCorpus, realCorpus } from './corpus.js';
import { project } from './helpers.js';

function expectSound(files: string[], cwd: string, result: Awaited<ReturnType<typeof checkLanguageFiles>>): void {
  const texts = new Map(files.map((f) => [relative(cwd, f), readFileSync(f, 'utf8')]));
  for (const f of result.findings) {
    const text = texts.get(f.target);
    expect(text, f.target).toBeDefined();
    const lines = (text as string).split(/\r\n|\r|\n/);
    expect(f.line).toBeGreaterThanOrEqual(1);
    expect(f.line).toBeLessThanOrEqual(lines.length);
    expect(f.column).toBeGreaterThanOrEqual(1);
    expect(f.column).toBeLessThanOrEqual((lines[(f.line as number) - 1] ?? '').length + 1);
    expect(f.ruleId).toMatch(/^mitid\/|^parse-error$/);
  }
}

describe('crash run', () => {
  it('generated: 40 broken files per language', async () => {
    const corpus = generatedCorpus(40);
    const cwd = project(Object.fromEntries(corpus.map((c) => [c.name, c.text])));
    const files = corpus.map((c) => join(cwd, c.name));
    expect(files.every((f) => languageOf(f))).toBe(true);
    const result = await checkLanguageFiles(files, { cwd, strict: true });
    expectSound(files, cwd, result);
    // Files with a NUL are named, not passed; so is a file the parser gives up on; the rest are checked.
    const withNul = corpus.filter((c) => c.text.includes('\0')).map((c) => c.name);
    const named = new Map(result.notChecked.map((n) => [n.file, n.reason]));
    for (const f of withNul) expect(named.get(f)).toMatch(/binary file/);
    for (const [f, reason] of named) if (!withNul.includes(f)) expect(reason, f).toMatch(/gave up/);
    expect(named.size).toBeLessThan(corpus.length / 4);
    expect(new Set(result.findings.map((f) => f.target)).size).toBeGreaterThan(corpus.length / 4);
  });

  it.skipIf(!process.env['MITID_LANG_CORPUS'])('real files under MITID_LANG_CORPUS', async () => {
    const dir = process.env['MITID_LANG_CORPUS'] as string;
    const files = realCorpus(dir);
    const result = await checkLanguageFiles(files, { cwd: dir, strict: true });
    expectSound(files, dir, result);
    expect(result.notChecked.filter((n) => !/binary file/.test(n.reason))).toEqual([]);
  }, 600_000);
});
