/**
 * The message catalogs of each stack in the working folder, found where the frameworks keep them,
 * so a CTA written as a key (`__('auth.mitid')`, `#{login.mitid}`, `@string/login_mitid`) is
 * checked as the text users read. Handed to the ESLint rules as their `settings.mitid.catalogs`.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { arb } from './catalogs-arb.js';
import { gettextPo } from './catalogs-gettext.js';
import { laravelJson, laravelPhp } from './catalogs-laravel.js';
import { javaProperties } from './catalogs-properties.js';
import { androidStrings, resx } from './catalogs-xml.js';

export type Stack = 'laravel' | 'gettext' | 'properties' | 'resx' | 'android' | 'arb';

export interface Catalog {
  /** Each language's text for a key ('default' for a base file without a language). */
  lookup(key: string): { lang: string; text: string }[];
  size: number;
}

const SKIP = new Set(['node_modules', '.git', 'vendor', 'dist', 'build', 'bin', 'obj', 'Pods', '.dart_tool', '.gradle', 'target', '.venv', 'venv', '__pycache__']);
/** A bound on the folder walk: a huge tree costs seconds, never minutes. */
const MAX_ENTRIES = 200_000;
const LANG = String.raw`([a-z]{2,3}(?:[-_][A-Za-z]{2,4})?)`;

interface Kind {
  stack: Stack;
  test: RegExp;
  read(file: string, text: string, out: Map<string, string>): unknown;
}

const KINDS: Kind[] = [
  { stack: 'laravel', test: new RegExp(String.raw`(?:^|/)lang/${LANG}/[^/]+\.php$`), read: (f, t, o) => laravelPhp(f, t, o) },
  { stack: 'laravel', test: new RegExp(String.raw`(?:^|/)lang/${LANG}\.json$`), read: (_f, t, o) => laravelJson(t, o) },
  { stack: 'gettext', test: new RegExp(String.raw`(?:/${LANG}/LC_MESSAGES/[^/]+|(?:^|/|-)${LANG})?\.po$`), read: (_f, t, o) => (gettextPo(t, o), /^"Language: ([\w-]+)\\n"$/m.exec(t)?.[1]) },
  { stack: 'properties', test: new RegExp(String.raw`(?:^|/)(?:messages|i18n/[\w-]+)(?:_${LANG})?\.properties$`), read: (_f, t, o) => javaProperties(t, o) },
  { stack: 'resx', test: new RegExp(String.raw`(?:\.${LANG})?\.resx$`), read: (_f, t, o) => resx(t, o) },
  { stack: 'android', test: new RegExp(String.raw`(?:^|/)res/values(?:-([a-z]{2,3})(?:-r[A-Z]{2})?)?/strings\.xml$`), read: (_f, t, o) => androidStrings(t, o) },
  { stack: 'arb', test: new RegExp(String.raw`(?:_${LANG})?\.arb$`), read: (_f, t, o) => arb(t, o) },
];

function walk(root: string): string[] {
  const out: string[] = [];
  const stack = [root];
  let seen = 0;
  while (stack.length && seen < MAX_ENTRIES) {
    const dir = stack.pop() as string;
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const e of entries) {
      seen++;
      if (e.isDirectory()) {
        if (!SKIP.has(e.name) && !e.name.startsWith('.')) stack.push(join(dir, e.name));
      } else if (/\.(?:php|json|po|properties|resx|xml|arb)$/.test(e.name)) out.push(join(dir, e.name));
    }
  }
  return out;
}

export interface Catalogs {
  of(stack: Stack): Promise<Catalog | undefined>;
  /** ESLint `settings.mitid.catalogs` for some stacks: per language, a JSON file of flat keys. */
  settings(stacks: readonly Stack[]): Promise<Record<string, string>>;
  /** Catalog files that could not be read: the run names them instead of trusting a partial catalog. */
  errors: { file: string; reason: string }[];
  dispose(): void;
}

/** One walk of the folder; a stack's files are read the first time a check asks for that stack. */
export function findCatalogs(cwd: string): Catalogs {
  const found = new Map<Stack, { file: string; rel: string; kind: Kind; m: RegExpExecArray }[]>();
  for (const file of walk(cwd)) {
    const rel = relative(cwd, file).split(sep).join('/');
    for (const kind of KINDS) {
      const m = kind.test.exec(rel);
      if (!m) continue;
      found.set(kind.stack, [...(found.get(kind.stack) ?? []), { file, rel, kind, m }]);
      break;
    }
  }
  const errors: { file: string; reason: string }[] = [];
  const loaded = new Map<Stack, Promise<Map<string, Map<string, string>> | undefined>>();
  const read = async (stack: Stack): Promise<Map<string, Map<string, string>> | undefined> => {
    const files = found.get(stack);
    if (!files) return undefined;
    const langs = new Map<string, Map<string, string>>();
    for (const { file, rel, kind, m } of files) {
      const messages = new Map<string, string>();
      try {
        const named = await kind.read(file, readFileSync(file, 'utf8'), messages);
        const lang = (typeof named === 'string' ? named : m.slice(1).find(Boolean))?.replace('_', '-') ?? 'default';
        const all = langs.get(lang) ?? new Map<string, string>();
        langs.set(lang, all);
        for (const [k, v] of messages) all.set(k, v);
      } catch (error) {
        errors.push({ file: rel, reason: `catalog could not be read: ${(error as Error).message.split('\n')[0]}` });
      }
    }
    return langs.size ? langs : undefined;
  };
  const stackOf = (stack: Stack): Promise<Map<string, Map<string, string>> | undefined> => {
    let hit = loaded.get(stack);
    if (!hit) loaded.set(stack, (hit = read(stack)));
    return hit;
  };
  let dir: string | undefined;
  const written = new Map<string, Record<string, string>>();
  return {
    errors,
    async of(stack) {
      const langs = await stackOf(stack);
      if (!langs) return undefined;
      return {
        size: [...langs.values()].reduce((n, m) => n + m.size, 0),
        lookup: (key) => [...langs].flatMap(([lang, m]) => (m.has(key) ? [{ lang, text: m.get(key) as string }] : [])),
      };
    },
    async settings(stacks) {
      const id = stacks.join('+');
      const hit = written.get(id);
      if (hit) return hit;
      const merged = new Map<string, Record<string, string>>();
      for (const s of stacks) for (const [lang, m] of (await stackOf(s)) ?? []) merged.set(lang, Object.assign(merged.get(lang) ?? {}, Object.fromEntries(m)));
      const out: Record<string, string> = {};
      for (const [lang, messages] of merged) {
        dir ??= mkdtempSync(join(tmpdir(), 'mitid-ux-catalogs-'));
        const path = join(dir, `${id}.${lang}.json`);
        writeFileSync(path, JSON.stringify(messages));
        out[lang] = path;
      }
      written.set(id, out);
      return out;
    },
    dispose() {
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}
