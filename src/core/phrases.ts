/**
 * The ten approved call-to-action phrases (MITID-RULES.md, rule B7; source: Criipto/Idura).
 * Five actions, each in Danish and English. The actions match the broker's
 * `login_hint=action:<action>` values, so a button and the MitID box can show the same verb.
 */

export const ACTIONS = ['login', 'approve', 'confirm', 'accept', 'sign'] as const;
export type MitIDAction = (typeof ACTIONS)[number];

export const LANGS = ['da', 'en'] as const;
export type MitIDLang = (typeof LANGS)[number];

export const DEFAULT_ACTION: MitIDAction = 'login';
export const DEFAULT_LANG: MitIDLang = 'da';

/** The wordmark, spelled exactly (rule B10). */
export const WORDMARK = 'MitID';

export const APPROVED_PHRASES = {
  login: { da: 'Log ind med MitID', en: 'Log on with MitID' },
  approve: { da: 'Godkend med MitID', en: 'Approve with MitID' },
  confirm: { da: 'Bekræft med MitID', en: 'Confirm with MitID' },
  accept: { da: 'Acceptér med MitID', en: 'Accept with MitID' },
  sign: { da: 'Underskriv med MitID', en: 'Sign with MitID' },
} as const satisfies Record<MitIDAction, Record<MitIDLang, string>>;

export type ApprovedPhrase = (typeof APPROVED_PHRASES)[MitIDAction][MitIDLang];

/**
 * Signaturgruppen's table spells the Danish accept phrase without the accent. Which spelling is
 * official is unsettled, so the kit accepts it only behind the `allowUnaccentedAccept` option.
 */
export const UNACCENTED_ACCEPT_DA = 'Accepter med MitID';

export function isAction(value: unknown): value is MitIDAction {
  return typeof value === 'string' && (ACTIONS as readonly string[]).includes(value);
}

export function isLang(value: unknown): value is MitIDLang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** The approved phrase for an action and language. */
export function approvedPhrase(action: MitIDAction, lang: MitIDLang): ApprovedPhrase {
  return APPROVED_PHRASES[action][lang];
}

/** Every approved phrase with its action and language, in table order. */
export const PHRASE_LIST: readonly { action: MitIDAction; lang: MitIDLang; phrase: ApprovedPhrase }[] =
  ACTIONS.flatMap((action) => LANGS.map((lang) => ({ action, lang, phrase: approvedPhrase(action, lang) })));

/**
 * Maps a BCP 47 language tag to a phrase language: `da`, `da-DK` give `da`; `en`, `en-GB` give
 * `en`; anything else gives undefined (no Greenlandic or other phrases are published).
 */
export function langFromTag(tag: string | null | undefined): MitIDLang | undefined {
  if (!tag) return undefined;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  return isLang(primary) ? primary : undefined;
}
