/**
 * Issue 13, catalogs: read and indexed once per process and version, only regular files of
 * bounded size, and a catalog that cannot be used is a configuration error said once (it was
 * dropped silently; a FIFO hung ESLint, /dev/zero aborted it).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, openSync, closeSync, ftruncateSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Linter } from 'eslint';
import { describe, expect, test } from 'vitest';
import { MAX_CATALOG_BYTES } from '../../eslint-plugin/catalogs.js';
import { everyRule } from '../eslint/helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'mitid-catalogs-'));
const linter = new Linter();

function lint(catalog: string, code = '// MitID\nexport const b = <button>{t("cta")}</button>;\n', filename = 'a.tsx'): Linter.LintMessage[] {
  return linter.verify(code, everyRule({ mitid: { catalogs: { da: catalog } } }), { filename });
}
const settingsNotes = (messages: Linter.LintMessage[]): string[] => messages.filter((m) => /^mitid settings:/.test(m.message)).map((m) => m.message);

describe('a catalog that cannot be used is reported once, clearly', () => {
  const cases: [string, () => string, RegExp][] = [
    ['missing', () => join(dir, 'nope.json'), /"[^"]*nope\.json" does not exist; its messages are not checked/],
    ['malformed JSON', () => (writeFileSync(join(dir, 'bad.json'), '{ "cta": '), join(dir, 'bad.json')), /bad\.json" is not valid JSON/],
    ['not an object', () => (writeFileSync(join(dir, 'list.json'), '["Log ind"]'), join(dir, 'list.json')), /list\.json" is not a JSON object of messages/],
    ['a directory', () => (mkdirSync(join(dir, 'folder.json'), { recursive: true }), join(dir, 'folder.json')), /folder\.json" is not a regular file/],
    ['/dev/zero', () => '/dev/zero', /"\/dev\/zero" is not a regular file/],
    ['a FIFO (would block a reader forever)', () => (execFileSync('mkfifo', [join(dir, 'pipe.json')]), join(dir, 'pipe.json')), /pipe\.json" is not a regular file/],
    [
      'larger than the limit',
      () => {
        const fd = openSync(join(dir, 'huge.json'), 'w');
        ftruncateSync(fd, MAX_CATALOG_BYTES + 1);
        closeSync(fd);
        return join(dir, 'huge.json');
      },
      /huge\.json" is larger than 32 MB/,
    ],
  ];

  test.each(cases)('%s', (_, make, message) => {
    const path = make();
    const first = lint(path);
    expect(settingsNotes(first)).toEqual([expect.stringMatching(message)]);
    expect(first.find((m) => /^mitid settings:/.test(m.message))?.line).toBe(1);
    // Once per process: the next files do not repeat it.
    expect(settingsNotes(lint(path))).toEqual([]);
    expect(settingsNotes(lint(path, 'export const x = 1;\n', 'b.ts'))).toEqual([]);
  });

  test('a file that never names MitID still gets the note (the catalog is asked whether it names MitID)', () => {
    writeFileSync(join(dir, 'bad2.json'), 'not json');
    expect(settingsNotes(lint(join(dir, 'bad2.json'), 'export const x = 1;\n', 'c.ts'))).toEqual([expect.stringMatching(/bad2\.json" is not valid JSON/)]);
  });
});

describe('a catalog is indexed once per version', () => {
  test('same path, modification time and size: not read again; a change is read', () => {
    const path = join(dir, 'da.json');
    writeFileSync(path, JSON.stringify({ cta: 'Log ind MitID' }));
    // A whole-second time, so that setting it again gives the very same stamp.
    const when = new Date('2026-01-01T00:00:00Z');
    utimesSync(path, when, when);
    const near = (ms: Linter.LintMessage[]): string[] => ms.filter((m) => m.ruleId === 'mitid/approved-text').map((m) => m.message);
    expect(near(lint(path))).toEqual([expect.stringMatching(/"Log ind MitID"/)]);
    // Same size, same mtime: the index stands (the file is not re-read for every linted file).
    writeFileSync(path, JSON.stringify({ cta: 'Log ind XitID' }));
    utimesSync(path, when, when);
    expect(statSync(path).mtimeMs).toBe(when.getTime());
    expect(near(lint(path))).toEqual([expect.stringMatching(/"Log ind MitID"/)]);
    // A new version (size changes) is read.
    writeFileSync(path, JSON.stringify({ cta: 'Log ind med MitID' }));
    expect(near(lint(path))).toEqual([]);
  });
});

describe('a catalog is decoded by its byte-order mark', () => {
  const near = (ms: Linter.LintMessage[]): string[] => ms.filter((m) => m.ruleId === 'mitid/approved-text').map((m) => m.message);
  const json = JSON.stringify({ cta: 'Log ind via MitID' });
  const utf16be = (text: string): Buffer => Buffer.from(text, 'utf16le').swap16();
  test.each([
    ['UTF-8 with a BOM (Windows editors)', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(json)])],
    ['UTF-16 little-endian with a BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(json, 'utf16le')])],
    ['UTF-16 big-endian with a BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(json)])],
  ])('%s: read, its near miss reported', (name, bytes) => {
    const path = join(dir, `${name.replace(/\W+/g, '-')}.json`);
    writeFileSync(path, bytes);
    const messages = lint(path);
    expect(settingsNotes(messages)).toEqual([]);
    expect(near(messages)).toEqual([expect.stringMatching(/"Log ind via MitID"/)]);
  });

  test('bytes that are not UTF-8 (a windows-1252 "Bekræft") are a configuration error, never mojibake', () => {
    const path = join(dir, 'latin1.json');
    writeFileSync(path, Buffer.from('{"cta": "Bekr\xe6ft med MitID"}', 'latin1'));
    expect(settingsNotes(lint(path))).toEqual([expect.stringMatching(/latin1\.json" is not valid UTF-8 or UTF-16 text; its messages are not checked/)]);
  });

  test('a JSON file imported by the linted file is read the same way', () => {
    const path = join(dir, 'imported.json');
    writeFileSync(path, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(JSON.stringify({ cta: 'Log ind via MitID' }))]));
    const code = `import texts from './imported.json';\nexport const b = <button className="mitid-btn">{texts.cta}</button>;\n`;
    expect(near(new Linter({ cwd: dir }).verify(code, everyRule(), { filename: join(dir, 'b.tsx') }))).toEqual([expect.stringMatching(/"Log ind via MitID"/)]);
  });
});

describe('several catalog files of one language hold the key', () => {
  test('each distinct value is judged: a wrong value in a later file is not hidden by a right one in the first', () => {
    const right = join(dir, 'ns-common.json');
    const wrong = join(dir, 'ns-auth.json');
    writeFileSync(right, JSON.stringify({ cta: 'Log ind med MitID' }));
    writeFileSync(wrong, JSON.stringify({ cta: 'Login med MitID' }));
    const code = '// MitID\nexport const b = <button>{t("cta")}</button>;\n';
    const both = linter.verify(code, everyRule({ mitid: { catalogs: { da: [right, wrong] } } }), { filename: 'd.tsx' });
    expect(both.filter((m) => m.ruleId === 'mitid/approved-text').map((m) => m.message)).toEqual([expect.stringMatching(/"cta".*Login med MitID/)]);
    const same = join(dir, 'ns-same.json');
    writeFileSync(same, JSON.stringify({ cta: 'Log ind med MitID' }));
    expect(linter.verify(code, everyRule({ mitid: { catalogs: { da: [right, same] } } }), { filename: 'e.tsx' }).filter((m) => m.ruleId?.startsWith('mitid/'))).toEqual([]);
  });
});
