import { describe, expect, it } from 'vitest';
import { ACTIONS, APPROVED_PHRASES, LANGS, PHRASE_LIST, approvedPhrase, isAction, isLang, langFromTag } from '../../src/core/index.js';

describe('APPROVED_PHRASES', () => {
  it('holds exactly the ten phrases of the rules sheet', () => {
    expect(APPROVED_PHRASES).toEqual({
      login: { da: 'Log ind med MitID', en: 'Log on with MitID' },
      approve: { da: 'Godkend med MitID', en: 'Approve with MitID' },
      confirm: { da: 'Bekræft med MitID', en: 'Confirm with MitID' },
      accept: { da: 'Acceptér med MitID', en: 'Accept with MitID' },
      sign: { da: 'Underskriv med MitID', en: 'Sign with MitID' },
    });
    expect(PHRASE_LIST).toHaveLength(10);
    expect(new Set(PHRASE_LIST.map((p) => p.phrase)).size).toBe(10);
  });

  it('stores every phrase in NFC so a composed "é" or "æ" compares equal', () => {
    for (const { phrase } of PHRASE_LIST) expect(phrase).toBe(phrase.normalize('NFC'));
  });

  it('approvedPhrase answers for every action and language', () => {
    for (const action of ACTIONS) for (const lang of LANGS) expect(approvedPhrase(action, lang)).toBe(APPROVED_PHRASES[action][lang]);
  });

  it('guards actions and languages', () => {
    expect(isAction('sign')).toBe(true);
    expect(isAction('signin')).toBe(false);
    expect(isAction(undefined)).toBe(false);
    expect(isLang('da')).toBe(true);
    expect(isLang('kl')).toBe(false);
  });

  it('maps language tags to phrase languages', () => {
    expect(langFromTag('da-DK')).toBe('da');
    expect(langFromTag('EN_gb')).toBe('en');
    expect(langFromTag('kl')).toBeUndefined();
    expect(langFromTag('')).toBeUndefined();
    expect(langFromTag(null)).toBeUndefined();
  });
});
