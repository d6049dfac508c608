// Invisible characters (Unicode default-ignorable code points) inside a text change nothing a user
// sees: "Mit\u200bID" renders as "MitID", so it names MitID and is compared as "MitID" (issue 13).
import { describe, expect, it } from 'vitest';
import { classifyText, namesMitID, normalizeText, stripInvisible, textWords } from '../../src/core/index.js';

const INVISIBLE: [string, string][] = [
  ['zero-width space U+200B', '\u200b'],
  ['soft hyphen U+00AD', '\u00ad'],
  ['zero-width non-joiner U+200C', '\u200c'],
  ['zero-width joiner U+200D', '\u200d'],
  ['left-to-right mark U+200E', '\u200e'],
  ['word joiner U+2060', '\u2060'],
  ['byte-order mark U+FEFF', '\ufeff'],
  ['combining grapheme joiner U+034F', '\u034f'],
  ['variation selector U+FE0F', '\ufe0f'],
  ['Mongolian vowel separator U+180E', '\u180e'],
  ['tag character U+E0041', '\u{e0041}'],
  ['three of them', '\u200b\u00ad\u2060'],
  ['&shy;', '&shy;'],
  ['&#8203;', '&#8203;'],
  ['&#x200B;', '&#x200B;'],
  ['&ZeroWidthSpace;', '&ZeroWidthSpace;'],
  ['&zwnj;', '&zwnj;'],
];

describe('invisible characters inside "MitID"', () => {
  it.each(INVISIBLE)('%s: the text names MitID and reads as the phrase it shows', (_, c) => {
    expect(namesMitID(`Login with Mit${c}ID`)).toBe(true);
    expect(textWords(`Log ind med Mit${c}ID`)).toEqual(['log', 'ind', 'med', 'mitid']);
    expect(normalizeText(`Log ind med Mit${c}ID`)).toBe('Log ind med MitID');
    expect(classifyText(`Log ind med Mit${c}ID`).kind).toBe('approved');
    // A near miss stays a near miss: the invisible character hides nothing.
    expect(classifyText(`Login with Mit${c}ID`).kind).not.toBe('approved');
    expect(classifyText(`Login with Mit${c}ID`).kind).not.toBe('other');
  });

  it('stripInvisible removes only what is not drawn', () => {
    expect(stripInvisible('Mit\u200bI\u00adD \u00a0Bekræft\u2060')).toBe('MitID \u00a0Bekræft');
    expect(stripInvisible('Log ind med MitID')).toBe('Log ind med MitID');
  });

  it.each(['Submit\u200bID', 'Limit\u00adID', 'Mit\u200bigate', 'Nem\u200bID', 'Mit hjem ID', ''])('%j still does not name MitID', (t) => {
    expect(namesMitID(t)).toBe(false);
  });
});
