/**
 * Message catalogs named in settings (JSON files, nested keys, one or more files per language),
 * so `t('auth.mitid')` is checked as the text users will read. Each file is read and indexed once
 * per process and version (path, modification time, size); asking again costs one `stat`.
 * Only regular files up to MAX_CATALOG_BYTES are read (a FIFO or /dev/zero never blocks). A catalog
 * that cannot be used is a configuration problem, reported once (takeCatalogProblems).
 */
import { closeSync, constants, fstatSync, openSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { namesMitID } from 'mitid-ux-kit/core';

export interface Catalogs {
  /** The text of a key in each language that has it. */
  lookup(key: string): { lang: string; text: string }[];
  /** Some message names MitID: files without a literal "MitID" may still render one. */
  mentionsMitID: boolean;
}

export const MAX_CATALOG_BYTES = 32 * 1024 * 1024;

interface Indexed {
  stamp: string;
  messages: Map<string, string>;
  mentionsMitID: boolean;
  /** Could not be used (reported once); kept so the same version is not read again. */
  failed?: boolean;
}

const files = new Map<string, Indexed>();
const reported = new Set<string>();
const pending: string[] = [];

function flatten(value: unknown, prefix: string, out: Map<string, string>): void {
  // Iterative: a hostile catalog nested ten thousand levels deep must not overflow the stack.
  const stack: [unknown, string][] = [[value, prefix]];
  while (stack.length) {
    const [v, at] = stack.pop() as [unknown, string];
    if (typeof v === 'string') out.set(at, v);
    else if (v && typeof v === 'object' && !Array.isArray(v)) {
      const entries = Object.entries(v);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [k, child] = entries[i] as [string, unknown];
        stack.push([child, at ? `${at}.${k}` : k]);
      }
    }
  }
}

function problem(path: string, stamp: string, reason: string): void {
  const key = `${path}\0${stamp}\0${reason}`;
  if (reported.has(key)) return;
  reported.add(key);
  pending.push(`the message catalog "${path}" ${reason}; its messages are not checked`);
}

/**
 * JSON text by its byte-order mark (UTF-8, as Windows editors save it, or UTF-16), else UTF-8.
 * TextDecoder drops the mark; bytes that are not valid in the encoding throw (a catalog is never
 * read as mojibake).
 */
function decodeJson(bytes: Uint8Array): string {
  const encoding = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-8';
  return new TextDecoder(encoding, { fatal: true }).decode(bytes);
}

/** Reads a regular file of bounded size without ever blocking on a device or FIFO. */
export function readRegular(path: string): { text?: string; reason?: string } {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    return { reason: (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'does not exist' : `cannot be read (${(error as Error).message})` };
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { reason: 'is not a regular file' };
    if (stat.size > MAX_CATALOG_BYTES) return { reason: `is larger than ${MAX_CATALOG_BYTES / 1024 / 1024} MB (${stat.size} bytes)` };
    return { text: decodeJson(readFileSync(fd)) };
  } catch (error) {
    return { reason: error instanceof TypeError ? 'is not valid UTF-8 or UTF-16 text' : `cannot be read (${(error as Error).message})` };
  } finally {
    closeSync(fd);
  }
}

function load(path: string): Indexed | undefined {
  let stamp = 'missing';
  try {
    const s = statSync(path);
    stamp = `${s.mtimeMs}:${s.size}:${s.isFile() ? 'f' : 'x'}`;
  } catch {
    // reported below, with the reason the open gives
  }
  const hit = files.get(path);
  if (hit && hit.stamp === stamp) return hit.failed ? undefined : hit;
  const fail = (reason: string): undefined => {
    problem(path, stamp, reason);
    files.set(path, { stamp, messages: new Map(), mentionsMitID: false, failed: true });
    return undefined;
  };
  const { text, reason } = readRegular(path);
  if (text === undefined) return fail(reason ?? 'cannot be read');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return fail(`is not valid JSON (${(error as Error).message})`);
  }
  if (!json || typeof json !== 'object' || Array.isArray(json)) return fail('is not a JSON object of messages');
  const messages = new Map<string, string>();
  flatten(json, '', messages);
  let mentionsMitID = false;
  for (const m of messages.values()) if ((mentionsMitID = namesMitID(m))) break;
  const indexed = { stamp, messages, mentionsMitID };
  files.set(path, indexed);
  return indexed;
}

/** Configuration problems with catalogs found since the last call, each reported once per process. */
export function takeCatalogProblems(): string[] {
  return pending.splice(0);
}

export function loadCatalogs(spec: Record<string, string | string[]>, cwd: string): Catalogs | undefined {
  const langs = Object.entries(spec).map(([lang, paths]) => ({
    lang,
    indexed: (Array.isArray(paths) ? paths : [paths]).flatMap((p) => load(resolve(cwd, p)) ?? []),
  }));
  if (langs.length === 0) return undefined;
  return {
    lookup(key) {
      // i18next namespaces: "auth:login.mitid" is key "login.mitid" of namespace "auth".
      const bare = key.includes(':') ? key.slice(key.indexOf(':') + 1) : key;
      const out: { lang: string; text: string }[] = [];
      // Every file of a language that holds the key: which one the app loads (namespaces, a shared
      // library's catalog) is not known here, so each distinct value is judged.
      for (const { lang, indexed } of langs) {
        const texts = new Set(indexed.map((m) => m.messages.get(key) ?? m.messages.get(bare)).filter((t) => t !== undefined));
        for (const text of texts) out.push({ lang, text });
      }
      return out;
    },
    mentionsMitID: langs.some(({ indexed }) => indexed.some((m) => m.mentionsMitID)),
  };
}

const I18N_BLOCK = /<i18n\b([^>]*)>([\s\S]*?)<\/i18n\s*>/gi;
const LOCALE = /^[a-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$/;

/**
 * Vue's `<i18n>` custom blocks (vue-i18n's messages written in the component, JSON): `{ "da":
 * { "login": "…" } }`, or one language's messages with `locale="da"`. YAML blocks and blocks that
 * do not parse give nothing. Undefined when the file has none.
 */
export function componentCatalogs(text: string): Catalogs | undefined {
  if (!/<i18n\b/i.test(text)) return undefined;
  const byLang = new Map<string, Map<string, string>>();
  for (const m of text.matchAll(I18N_BLOCK)) {
    const attrs = m[1] ?? '';
    const lang = /\blang\s*=\s*["']?([\w-]+)/i.exec(attrs)?.[1]?.toLowerCase() ?? 'json';
    if (lang !== 'json' && lang !== 'json5') continue;
    let json: unknown;
    try {
      json = JSON.parse(m[2] ?? '');
    } catch {
      continue;
    }
    if (!json || typeof json !== 'object' || Array.isArray(json)) continue;
    const locale = /\blocale\s*=\s*["']([\w-]+)["']/i.exec(attrs)?.[1];
    const entries: [string, unknown][] = locale ? [[locale, json]] : Object.entries(json).filter(([k]) => LOCALE.test(k));
    for (const [l, messages] of entries) {
      const map = byLang.get(l) ?? new Map<string, string>();
      flatten(messages, '', map);
      byLang.set(l, map);
    }
  }
  if (byLang.size === 0) return undefined;
  return {
    lookup: (key) => [...byLang].flatMap(([lang, messages]) => (messages.has(key) ? [{ lang, text: messages.get(key) as string }] : [])),
    mentionsMitID: [...byLang.values()].some((m) => [...m.values()].some(namesMitID)),
  };
}

/** The component's own messages first (vue-i18n uses them over the global ones), then the project's. */
export function withOwnMessages(own: Catalogs | undefined, project: Catalogs | undefined): Catalogs | undefined {
  if (!own || !project) return own ?? project;
  return {
    lookup: (key) => {
      const hits = own.lookup(key);
      return hits.length ? hits : project.lookup(key);
    },
    mentionsMitID: own.mentionsMitID || project.mentionsMitID,
  };
}
