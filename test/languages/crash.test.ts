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

  // One file per family of each malformed kind, so no family depends on the random draw above.
  it('every family: truncated, binary, invalid UTF-8 and huge files are checked or named, never thrown', async () => {
    const samples = generatedCorpus(1);
    const files: Record<string, string | Buffer> = {};
    for (const sample of samples) {
      const { name } = sample;
      // NUL makes a file binary: kept out of all but the binary cases.
      const text = sample.text.replaceAll('\0', '');
      const dot = name.indexOf('.', name.lastIndexOf('/') + 1);
      const as = (kind: string): string => `${name.slice(0, dot)}-${kind}${name.slice(dot)}`;
      files[as('truncated')] = text.slice(0, Math.ceil(text.length / 2) + 1);
      files[as('binary')] = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, ...Array.from({ length: 4096 }, (_, i) => (i * 131) % 256)]);
      files[as('utf16')] = Buffer.from(`\uFEFF${text}`, 'utf16le');
      files[as('latin1')] = Buffer.concat([Buffer.from(text.slice(0, 200)), Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1]), Buffer.from(text.slice(200))]);
      // About 120 kB of the family's snippets, over a thousand CTAs in one file (bench/crash-languages.mjs runs real large files).
      files[as('huge')] = text.repeat(Math.ceil(120_000 / Math.max(text.length, 1)));
    }
    const cwd = project(files);
    const paths = Object.keys(files).map((f) => join(cwd, f));
    expect(new Set(paths.map((f) => languageOf(f))).size).toBe(samples.length);
    const result = await checkLanguageFiles(paths, { cwd, strict: true });
    expectSound(paths, cwd, result);
    const named = new Map(result.notChecked.map((n) => [n.file, n.reason]));
    for (const f of Object.keys(files)) {
      if (/-(?:binary|utf16)\./.test(f)) expect(named.get(f), f).toMatch(/binary file/);
      else if (/-huge\./.test(f)) expect(named.get(f) ?? 'checked', f).toMatch(/^checked$|gave up/);
      else expect(named.get(f), f).toBeUndefined();
    }
  }, 600_000);

  it.skipIf(!process.env['MITID_LANG_CORPUS'])('real files under MITID_LANG_CORPUS', async () => {
    const dir = process.env['MITID_LANG_CORPUS'] as string;
    const files = realCorpus(dir);
    const result = await checkLanguageFiles(files, { cwd: dir, strict: true });
    expectSound(files, dir, result);
    expect(result.notChecked.filter((n) => !/binary file/.test(n.reason))).toEqual([]);
  }, 600_000);
});
