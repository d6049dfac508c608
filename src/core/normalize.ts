/**
 * Text normalising shared by every face: what a user sees is compared, not how the source spells it.
 */

// Named and numeric references for the no-break space, plus the few entities real button markup uses.
const ENTITIES: Record<string, string> = {
  nbsp: '\u00a0',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  rarr: '\u2192',
  hellip: '\u2026',
  aelig: '\u00e6',
  AElig: '\u00c6',
  oslash: '\u00f8',
  Oslash: '\u00d8',
  aring: '\u00e5',
  Aring: '\u00c5',
  eacute: '\u00e9',
  shy: '\u00ad',
  ZeroWidthSpace: '\u200b',
  zwnj: '\u200c',
  zwj: '\u200d',
  lrm: '\u200e',
  rlm: '\u200f',
  NoBreak: '\u2060',
};

const ENTITY_RE = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]+));/g;
// Default-ignorable code points (zero-width spaces and joiners, the soft hyphen, bidi marks,
// variation selectors, U+FEFF) are invisible: they neither separate nor add to the words.
const INVISIBLE_RE = /\p{Default_Ignorable_Code_Point}/gu;
// \s covers U+00A0, U+2000-U+200A, U+202F, U+205F, U+3000 and line breaks.
const SPACE_RE = /\s+/g;

export function decodeEntities(text: string): string {
  return text.replace(ENTITY_RE, (whole, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    const code = dec !== undefined ? Number.parseInt(dec, 10) : hex !== undefined ? Number.parseInt(hex, 16) : undefined;
    if (code !== undefined) return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : whole;
    return (name !== undefined && ENTITIES[name]) || whole;
  });
}

/** The text without its invisible characters ("Mit\u200bID" is read as the "MitID" it shows). */
export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE_RE, '');
}

/** Trim, collapse all white space (U+00A0 and `&nbsp;` included) to one space, Unicode NFC. */
export function normalizeText(text: string): string {
  return stripInvisible(decodeEntities(text)).replace(SPACE_RE, ' ').trim().normalize('NFC');
}
