/**
 * classifyText: is a call-to-action text one of the ten approved phrases, a near miss of one
 * (with the approved phrase of the same intent and language as a suggestion), or neither?
 */
import { normalizeText } from './normalize.js';
import { textWords } from './mentions.js';
import {
  approvedPhrase,
  PHRASE_LIST,
  UNACCENTED_ACCEPT_DA,
  type ApprovedPhrase,
  type MitIDAction,
  type MitIDLang,
} from './phrases.js';

export interface ClassifyOptions {
  /** Accept Signaturgruppen's unaccented "Accepter med MitID" as approved. Default false. */
  allowUnaccentedAccept?: boolean;
}

/** Why a near miss is not approved, so a message can say what to change. */
export type NearMissReason =
  | 'letter-case' // the words are right, a letter's case is not ("Log ind med MitId")
  | 'extra-characters' // the phrase plus arrows, dots, emoji or punctuation ("Godkend med MitID →")
  | 'accent' // "Accepter" for "Acceptér"
  | 'wording'; // another verb or word order ("Login with MitID", "Sender dig til MitID…")

export type TextClassification =
  | { kind: 'approved'; text: string; action: MitIDAction; lang: MitIDLang; phrase: string; mentionsMitID: true }
  | {
      kind: 'near-miss';
      text: string;
      action: MitIDAction;
      lang: MitIDLang;
      suggestion: ApprovedPhrase;
      reason: NearMissReason;
      mentionsMitID: true;
    }
  | { kind: 'other'; text: string; mentionsMitID: boolean };

// Verbs and verb phrases that say what a MitID button does, in both languages.
// Matched on whole words; the longest match at the earliest position wins ("sign in" over "sign").
const INTENT_WORDS: Record<MitIDAction, readonly string[]> = {
  login: [
    'log ind', 'logind', 'log på', 'logge ind', 'logger ind', 'login', 'log in', 'log on', 'logon',
    'sign in', 'signin', 'sign on', 'sign up', 'continue', 'fortsæt', 'videre', 'verify', 'verificer',
    'verificér', 'authenticate', 'identify', 'identificer', 'identificér', 'legitimer', 'legitimér', 'tilmeld',
    'register', 'opret', 'proceed', 'redirecting', 'sender dig',
    'prøv igen', 'try again', 'go to', 'gå til', 'brug', 'use', 'start',
    // "Åbn MitID" on a button opens the login (the app switch): a login call to action in other words.
    'åbn', 'open',
  ],
  approve: ['godkend', 'godkender', 'approve'],
  confirm: ['bekræft', 'bekræfter', 'confirm'],
  accept: ['acceptér', 'accepter', 'accepterer', 'accept'],
  sign: ['underskriv', 'underskriver', 'signér', 'signer', 'sign'],
};

const INTENTS = Object.entries(INTENT_WORDS)
  .flatMap(([action, words]) => words.map((w) => ({ action: action as MitIDAction, words: w })))
  .sort((a, b) => b.words.length - a.words.length);

const DANISH_HINTS = new Set([
  'med', 'dig', 'til', 'igen', 'ind', 'på', 'her', 'og', 'din', 'dit', 'log', 'godkend', 'bekræft',
  'acceptér', 'accepter', 'underskriv', 'fortsæt', 'videre', 'prøv', 'sender', 'brug', 'gå', 'åbn',
  'tilknyt', 'forbind', 'tilkobl', 'kobl',
]);
const ENGLISH_HINTS = new Set([
  'with', 'using', 'to', 'in', 'on', 'again', 'your', 'here', 'and', 'approve', 'confirm',
  'accept', 'sign', 'continue', 'verify', 'try', 'use', 'login', 'redirecting', 'go', 'open',
  'connect', 'link', 'pair', 'my',
]);

/** Words of help and information links ("Få hjælp med MitID", "Read more about MitID"): never a call to action. */
const HELP_WORDS = new Set([
  'hjælp', 'help', 'support', 'spørgsmål', 'questions', 'faq', 'problemer', 'problems', 'læs', 'read', 'mere',
  'more', 'about', 'info', 'information', 'guide', 'vejledning',
]);

const WITHOUT = new Set(['uden', 'without', 'ikke', 'not', 'no', 'non']);

/**
 * Verbs that tie an account to an identity ("Connect your MitID", "Tilknyt dit MitID"): a login
 * call to action when MitID, its owner or a connective follows. "link" is a noun too ("Link til
 * MitID"), so the verb counts only then.
 */
const BIND_VERBS = new Set(['connect', 'link', 'pair', 'tilknyt', 'forbind', 'tilkobl', 'kobl']);
const BOUND = new Set(['mitid', 'your', 'my', 'dit', 'din', 'mit', 'jeres', 'med', 'with', 'using', 'via']);
const bindsMitID = (words: readonly string[]): boolean => words.some((w, i) => BIND_VERBS.has(w) && BOUND.has(words[i + 1] ?? ''));

/** A CTA is short: longer texts that name MitID are sentences, not buttons. */
const MAX_CTA_WORDS = 8;

function findIntent(words: readonly string[]): MitIDAction | undefined {
  const padded = ` ${words.join(' ')} `;
  let best: { action: MitIDAction; at: number; length: number } | undefined;
  for (const intent of INTENTS) {
    const at = padded.indexOf(` ${intent.words} `);
    if (at >= 0 && (!best || at < best.at || (at === best.at && intent.words.length > best.length))) {
      best = { action: intent.action, at, length: intent.words.length };
    }
  }
  return best?.action;
}

function findLang(words: readonly string[]): MitIDLang {
  // The word before the wordmark is the clearest sign: "med MitID" or "with MitID".
  const at = words.indexOf('mitid');
  const before = at > 0 ? words[at - 1] : undefined;
  if (before === 'med') return 'da';
  // "via" is both Danish and English, so it leaves the choice to the other words.
  if (before === 'with' || before === 'using') return 'en';
  let score = 0;
  for (const w of words) {
    if (DANISH_HINTS.has(w) || /[æøå]/.test(w)) score++;
    else if (ENGLISH_HINTS.has(w)) score--;
  }
  return score > 0 ? 'da' : score < 0 ? 'en' : 'da';
}

const lettersOnly = (s: string): string => s.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const withoutAcute = (s: string): string => s.normalize('NFD').replace(/\u0301/g, '').normalize('NFC');

function nearMissReason(text: string, phrase: string): NearMissReason {
  const a = lettersOnly(text);
  const b = lettersOnly(phrase);
  if (a === b) return 'extra-characters';
  if (a.toLowerCase() === b.toLowerCase()) return text === a ? 'letter-case' : 'extra-characters';
  if (withoutAcute(a).toLowerCase() === withoutAcute(b).toLowerCase()) return 'accent';
  return 'wording';
}

/**
 * The text says what a MitID button does with a verb ("Log ind", "Godkend", "Connect your MitID"),
 * not only "with MitID": a link inside a sentence ("… <a>with MitID Simulator</a> …") needs one
 * to read as a call to action.
 */
export function hasIntentVerb(text: string): boolean {
  const words = textWords(normalizeText(String(text)));
  return findIntent(words) !== undefined || bindsMitID(words);
}

/**
 * Classifies a visible text. Normalising first: trim, collapse every kind of white space
 * (U+00A0 and `&nbsp;` included), NFC. Approval is case-sensitive: "MitId" is not the wordmark.
 */
export function classifyText(text: string, options: ClassifyOptions = {}): TextClassification {
  const normal = normalizeText(String(text));
  for (const entry of PHRASE_LIST) {
    if (normal === entry.phrase) return { kind: 'approved', text: normal, ...entry, mentionsMitID: true };
  }
  if (options.allowUnaccentedAccept && normal === UNACCENTED_ACCEPT_DA) {
    return { kind: 'approved', text: normal, action: 'accept', lang: 'da', phrase: normal, mentionsMitID: true };
  }
  const words = textWords(normal);
  if (!words.includes('mitid')) return { kind: 'other', text: normal, mentionsMitID: false };
  // "Fortsæt uden MitID", "Continue without MitID": the way around MitID, not a MitID call to action.
  if (WITHOUT.has(words[words.indexOf('mitid') - 1] ?? '')) return { kind: 'other', text: normal, mentionsMitID: true };
  // "<anything> med/with MitID" reads as a call to action even without a known verb; login is the
  // closest approved intent then ("Opret med MitID", "Next with MitID").
  const connective = ['med', 'with', 'using', 'via'].includes(words[words.indexOf('mitid') - 1] ?? '');
  const action = findIntent(words) ?? (connective || bindsMitID(words) ? 'login' : undefined);
  // "Åbn MitID-appen" is an instruction of the MitID flow, not the service's call to action.
  const opensApp = words.some((w) => w === 'åbn' || w === 'open') && words.some((w) => /^app(?:en|ens|s)?$/.test(w));
  // Questions ("Problemer med MitID?") are help links, not calls to action.
  if (!action || opensApp || words.length > MAX_CTA_WORDS || normal.endsWith('?') || words.some((w) => HELP_WORDS.has(w))) return { kind: 'other', text: normal, mentionsMitID: true };
  const lang = findLang(words);
  const suggestion = approvedPhrase(action, lang);
  return { kind: 'near-miss', text: normal, action, lang, suggestion, reason: nearMissReason(normal, suggestion), mentionsMitID: true };
}

/** True when the text is exactly one of the approved phrases. */
export function isApprovedText(text: string, options?: ClassifyOptions): boolean {
  return classifyText(text, options).kind === 'approved';
}
