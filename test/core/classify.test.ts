import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PHRASE_LIST, classifyText, isApprovedText, normalizeText } from '../../src/core/index.js';

describe('normalizeText', () => {
  it('trims, collapses every white space and &nbsp; to one space, and composes to NFC', () => {
    expect(normalizeText('  Log\u00a0ind \n\t med&nbsp;MitID\u00a0')).toBe('Log ind med MitID');
    expect(normalizeText('Log&#160;ind&#xA0;med MitID')).toBe('Log ind med MitID');
    expect(normalizeText('Bekr\u0061\u0308ft')).toBe('Bekr\u00e4ft');
    expect(normalizeText('Accept\u0065\u0301r')).toBe('Acceptér');
    expect(normalizeText('Log\u200b ind')).toBe('Log ind');
    expect(normalizeText('&bogus; &#0;')).toBe('&bogus; &#0;');
  });
});

describe('classifyText: approved', () => {
  it.each(PHRASE_LIST)('"$phrase" is approved as $action/$lang', ({ phrase, action, lang }) => {
    expect(classifyText(phrase)).toMatchObject({ kind: 'approved', action, lang, phrase });
  });

  it.each(PHRASE_LIST)('"$phrase" with white space, no-break spaces and entities is still approved', ({ phrase, action }) => {
    const spaced = `\n  ${phrase.replace(/ /g, '\u00a0 ')}\u00a0\t`;
    expect(classifyText(spaced)).toMatchObject({ kind: 'approved', action });
    expect(classifyText(phrase.replace(/ /g, '&nbsp;'))).toMatchObject({ kind: 'approved', action });
  });

  it('accepts a decomposed "é" (NFD) as the approved Danish accept phrase', () => {
    expect(classifyText('Accept\u0065\u0301r med MitID')).toMatchObject({ kind: 'approved', action: 'accept', lang: 'da' });
  });

  it('"Accepter med MitID" is approved only with allowUnaccentedAccept', () => {
    expect(classifyText('Accepter med MitID')).toMatchObject({ kind: 'near-miss', action: 'accept', lang: 'da', suggestion: 'Acceptér med MitID', reason: 'accent' });
    expect(classifyText('Accepter med MitID', { allowUnaccentedAccept: true })).toMatchObject({ kind: 'approved', action: 'accept', lang: 'da' });
    // The broker's React library prints it with a trailing no-break space.
    expect(classifyText('Accepter med MitID\u00a0', { allowUnaccentedAccept: true }).kind).toBe('approved');
    expect(isApprovedText('Accepter med MitID')).toBe(false);
  });
});

describe('classifyText: near misses from the rules sheet and real code', () => {
  const cases: [string, string, string, string][] = [
    ['Log in with MitID', 'login', 'en', 'Log on with MitID'],
    ['Login with MitID', 'login', 'en', 'Log on with MitID'],
    ['Login with MitID\u00a0', 'login', 'en', 'Log on with MitID'],
    ['Login med MitID', 'login', 'da', 'Log ind med MitID'],
    ['Log på med MitID', 'login', 'da', 'Log ind med MitID'],
    ['Sign in with MitID', 'login', 'en', 'Log on with MitID'],
    ['Sign up with MitID', 'login', 'en', 'Log on with MitID'],
    ['Verify with MitID', 'login', 'en', 'Log on with MitID'],
    ['Log ind med MitId', 'login', 'da', 'Log ind med MitID'],
    ['LOG IND MED MITID', 'login', 'da', 'Log ind med MitID'],
    ['log ind med mitid', 'login', 'da', 'Log ind med MitID'],
    ['Log ind med Mit ID', 'login', 'da', 'Log ind med MitID'],
    ['Godkend med MitID →', 'approve', 'da', 'Godkend med MitID'],
    ['Accepter med MitID', 'accept', 'da', 'Acceptér med MitID'],
    ['Sender dig til MitID…', 'login', 'da', 'Log ind med MitID'],
    ['Sender dig til MitID...', 'login', 'da', 'Log ind med MitID'],
    ['Prøv igen med MitID', 'login', 'da', 'Log ind med MitID'],
    ['Redirecting to MitID...', 'login', 'en', 'Log on with MitID'],
    ['Continue with MitID', 'login', 'en', 'Log on with MitID'],
    ['Fortsæt med MitID', 'login', 'da', 'Log ind med MitID'],
    ['Sign with MitID!', 'sign', 'en', 'Sign with MitID'],
    ['Sign the document with MitID', 'sign', 'en', 'Sign with MitID'],
    ['Underskriv dokumentet med MitID', 'sign', 'da', 'Underskriv med MitID'],
    ['Confirm using MitID', 'confirm', 'en', 'Confirm with MitID'],
    ['Bekræft med MitID 🔒', 'confirm', 'da', 'Bekræft med MitID'],
    ['Approve with MITID', 'approve', 'en', 'Approve with MitID'],
    ['Log on with MitID →', 'login', 'en', 'Log on with MitID'],
    ['Log ind med MitID.', 'login', 'da', 'Log ind med MitID'],
    ['Verificér med MitID', 'login', 'da', 'Log ind med MitID'],
    ['Opret med MitID', 'login', 'da', 'Log ind med MitID'],
    ['Next with MitID', 'login', 'en', 'Log on with MitID'],
    ['Underskriv via MitID', 'sign', 'da', 'Underskriv med MitID'],
    ['Sign via MitID', 'sign', 'en', 'Sign with MitID'],
    ['Åbn MitID', 'login', 'da', 'Log ind med MitID'],
    ['Open MitID', 'login', 'en', 'Log on with MitID'],
    // Verbs that tie an account to MitID: a login when MitID, its owner or a connective follows.
    ['Connect your MitID', 'login', 'en', 'Log on with MitID'],
    ['Connect MitID', 'login', 'en', 'Log on with MitID'],
    ['Connect with MitID', 'login', 'en', 'Log on with MitID'],
    ['Link your MitID', 'login', 'en', 'Log on with MitID'],
    ['Tilknyt dit MitID', 'login', 'da', 'Log ind med MitID'],
    ['Tilknyt MitID', 'login', 'da', 'Log ind med MitID'],
    ['Forbind med MitID', 'login', 'da', 'Log ind med MitID'],
  ];
  it.each(cases)('"%s" is a near miss of %s/%s, suggesting "%s"', (text, action, lang, suggestion) => {
    expect(classifyText(text)).toMatchObject({ kind: 'near-miss', action, lang, suggestion, mentionsMitID: true });
  });

  it('says why a near miss is not approved', () => {
    expect(classifyText('Log ind med MitId')).toMatchObject({ reason: 'letter-case' });
    expect(classifyText('Godkend med MitID →')).toMatchObject({ reason: 'extra-characters' });
    expect(classifyText('Log ind med MitID…')).toMatchObject({ reason: 'extra-characters' });
    expect(classifyText('Login with MitID')).toMatchObject({ reason: 'wording' });
    expect(classifyText('Accepter med MitID')).toMatchObject({ reason: 'accent' });
  });

  it('matching is case-sensitive: MitId and MITID are not the wordmark', () => {
    expect(classifyText('Log on with MitId').kind).toBe('near-miss');
    expect(classifyText('Log on with MITID').kind).toBe('near-miss');
    expect(classifyText('log on with MitID').kind).toBe('near-miss');
  });
});

describe('classifyText: neither', () => {
  it.each(['Log ind', 'Send', 'Log ind med NemID', 'Login with BankID', '', '   '])('"%s" does not name MitID', (text) => {
    expect(classifyText(text)).toMatchObject({ kind: 'other', mentionsMitID: false });
  });

  it.each([
    'MitID',
    'Hvad er MitID?',
    'Problemer med MitID?',
    'Get help with MitID',
    'Få hjælp med MitID',
    'Læs mere om MitID',
    'Read more about MitID',
    'Læs mere om hvordan du får MitID og hvad du skal bruge det til i dag',
    'Åbn MitID-appen',
    'Open the MitID app',
    'Fjern MitID',
    'Om MitID',
    'MitID-appen',
    // "link" is also a noun: a link's name, not a verb on MitID.
    'Link til MitID',
    'Kopiér MitID-link',
    'Unlink your MitID',
  ])('"%s" names MitID but is not a call to action', (text) => {
    expect(classifyText(text)).toMatchObject({ kind: 'other', mentionsMitID: true });
  });

  it('does not take "submit" or other words for the wordmark', () => {
    expect(classifyText('Submit identity').mentionsMitID).toBe(false);
  });
});

describe('classifyText: never throws', () => {
  it('on any string, and always answers one of three kinds', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
        const r = classifyText(s);
        expect(['approved', 'near-miss', 'other']).toContain(r.kind);
        if (r.kind === 'near-miss') expect(PHRASE_LIST.map((p) => p.phrase)).toContain(r.suggestion);
      }),
      { numRuns: 2000 },
    );
  });

  it('on strings built around the wordmark', () => {
    const word = fc.constantFrom('log', 'ind', 'med', 'with', 'MitID', 'mitid', 'Mit ID', 'sign', 'in', '→', '&nbsp;', '\u00a0', 'godkend', '…');
    fc.assert(
      fc.property(fc.array(word, { maxLength: 12 }), (words) => {
        const r = classifyText(words.join(' '));
        if (r.kind === 'approved') expect(PHRASE_LIST.map((p) => p.phrase)).toContain(r.phrase);
      }),
      { numRuns: 2000 },
    );
  });

  it('on non-string input coerced by callers', () => {
    expect(classifyText(undefined as unknown as string).kind).toBe('other');
    expect(classifyText(42 as unknown as string).kind).toBe('other');
  });
});
