/**
 * Does a text or a code name refer to MitID? The linters and the audit use these to decide which
 * buttons and links are MitID calls to action, so they are deliberately letter-case blind.
 */

/** Lower-case words of a visible text, with "Mit ID" / "Mit-ID" / "MitID" joined into one word `mitid`. */
export function textWords(text: string): string[] {
  const words = text
    .normalize('NFC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    if (words[i] === 'mit' && words[i + 1] === 'id') {
      out.push('mitid');
      i++;
    } else out.push(words[i] as string);
  }
  return out;
}

/** Visible text names MitID in any letter case ("MitID", "MITID", "Mit ID"). */
export function namesMitID(text: string): boolean {
  // Cheap pre-check keeps the hot path (every button text in a code base) fast.
  if (!/mit[\s\u00a0._-]*id/i.test(text)) return false;
  return textWords(text).includes('mitid');
}

/**
 * Splits a code identifier (class, id, data attribute, component or file name) into lower-case
 * words: camelCase, PascalCase, kebab-case, snake_case and digits all separate words.
 */
export function identifierWords(name: string): string[] {
  return name
    .replace(/([a-z\d])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z\d]+/)
    .filter(Boolean);
}

// English words that end in "mit" and so run into "id" in names like `submitid` or `limitId`.
const MIT_WORDS = /(?:sub|trans|com|ad|per|e|o|re|li|sum|vo|her|inter|manu)$/;

/**
 * A class, id, data attribute or file name names MitID: `btn-mitid`, `mitIdButton`,
 * `MitIDLogin`, `MITID_BTN`, `btnmitid`, `mit-id-logo.svg`; but not `submitId` or `limitid`.
 */
export function identifierNamesMitID(name: string): boolean {
  if (!/mit[^a-z\d]*id/i.test(name)) return false;
  const words = identifierWords(name);
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    if (w === 'mit' && words[i + 1] === 'id') return true;
    const at = w.indexOf('mitid');
    if (at >= 0 && !MIT_WORDS.test(w.slice(0, at))) return true;
  }
  return false;
}
