/**
 * Message catalogs named in settings (JSON files, nested keys, one or more files per language),
 * so `t('auth.mitid')` is checked as the text users will read. Loaded once per file version.
 */
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { namesMitID } from 'mitid-ux-kit/core';

export interface Catalogs {
  /** The text of a key in each language that has it. */
  lookup(key: string): { lang: string; text: string }[];
  /** Some message names MitID: files without a literal "MitID" may still render one. */
  mentionsMitID: boolean;
}

const files = new Map<string, { mtimeMs: number; messages: Map<string, string> }>();

function flatten(value: unknown, prefix: string, out: Map<string, string>): void {
  if (typeof value === 'string') out.set(prefix, value);
  else if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  }
}

function load(path: string): Map<string, string> {
  try {
    const { mtimeMs } = statSync(path);
    const hit = files.get(path);
    if (hit && hit.mtimeMs === mtimeMs) return hit.messages;
    const messages = new Map<string, string>();
    flatten(JSON.parse(readFileSync(path, 'utf8')), '', messages);
    files.set(path, { mtimeMs, messages });
    return messages;
  } catch {
    return new Map();
  }
}

export function loadCatalogs(spec: Record<string, string | string[]>, cwd: string): Catalogs | undefined {
  const langs = Object.entries(spec).map(([lang, paths]) => ({
    lang,
    messages: (Array.isArray(paths) ? paths : [paths]).map((p) => load(resolve(cwd, p))),
  }));
  if (langs.length === 0) return undefined;
  return {
    lookup(key) {
      // i18next namespaces: "auth:login.mitid" is key "login.mitid" of namespace "auth".
      const bare = key.includes(':') ? key.slice(key.indexOf(':') + 1) : key;
      const out: { lang: string; text: string }[] = [];
      for (const { lang, messages } of langs) {
        const text = messages.map((m) => m.get(key) ?? m.get(bare)).find((t) => t !== undefined);
        if (text !== undefined) out.push({ lang, text });
      }
      return out;
    },
    mentionsMitID: langs.some(({ messages }) => messages.some((m) => [...m.values()].some(namesMitID))),
  };
}
