/**
 * gettext `.po` files (Django, Jinja/Babel, WordPress): msgid -> msgstr, an empty msgstr falling
 * back to the msgid as gettext does. Multi-line strings, contexts and plurals (first form) read.
 */
const unquote = (s: string): string => {
  try {
    return JSON.parse(s) as string;
  } catch {
    return s.slice(1, -1);
  }
};

export function gettextPo(text: string, out: Map<string, string>): void {
  let field = '';
  let entry: Record<string, string> = {};
  const flush = (): void => {
    const id = entry['msgid'];
    if (id) out.set(id, entry['msgstr'] || entry['msgstr[0]'] || id);
    entry = {};
  };
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) {
      flush();
      continue;
    }
    if (line.startsWith('#')) continue;
    const m = /^(msgctxt|msgid_plural|msgid|msgstr(?:\[\d+\])?)\s+(".*")$/.exec(line);
    if (m) {
      if (m[1] === 'msgid' && entry['msgid'] !== undefined) flush();
      field = m[1] as string;
      entry[field] = unquote(m[2] as string);
    } else if (line.startsWith('"') && field) entry[field] = (entry[field] ?? '') + unquote(line);
  }
  flush();
}
