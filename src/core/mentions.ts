/**
 * Does a text or a code name refer to MitID? The linters and the audit use these to decide which
 * buttons and links are MitID calls to action, so they are deliberately letter-case blind.
 */
import { decodeEntities, stripInvisible } from './normalize.js';
import { analyzeMitIDUrl, isMitIDLoginUrl, MITID_ACR_PREFIX } from './url.js';

const decoded = (text: string): string => {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
};

/** Lower-case words of a visible text, with "Mit ID" / "Mit-ID" / "MitID" joined into one word `mitid`. */
export function textWords(text: string): string[] {
  const words = stripInvisible(decodeEntities(text))
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
  // Invisible characters and entities (`Mit&shy;ID`, "Mit\u200bID") may sit between the halves.
  if (!/mit(?:[\s._-]|\p{Default_Ignorable_Code_Point}|&[#\w]+;)*id/iu.test(text)) return false;
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

/**
 * Words that make a MitID-naming class, id or handler name something beside the call to action:
 * a help or FAQ toggle, an info link, a settings row, a remove button (`mitid-help-toggle`,
 * `btn-mitid-help`, `mitid-remove`, `toggleMitIDHelp`). Compared with identifierWords' output.
 */
const NOT_CTA_WORDS = new Set([
  'help', 'hjaelp', 'hjalp', 'hjelp', 'faq', 'faqs', 'info', 'information', 'about', 'question', 'questions',
  'spoergsmaal', 'sporgsmal', 'settings', 'setting', 'indstillinger', 'preferences', 'prefs', 'config', 'remove',
  'delete', 'fjern', 'slet', 'unlink', 'disconnect', 'revoke', 'reset', 'nulstil', 'frakobl', 'afkobl', 'toggle', 'switch', 'close', 'luk', 'collapse',
  'expand', 'accordion', 'tooltip', 'popover', 'hint', 'guide', 'vejledning', 'readmore', 'status', 'badge',
  'logout', 'signout', 'error', 'warning', 'notice', 'description', 'desc', 'heading', 'title', 'label', 'text', 'intro',
]);

/**
 * A class, id, test id or handler name names the MitID call to action itself: it names MitID and
 * none of its words says help, info, settings, remove or toggle (`btn-mitid`, `loginWithMitId`;
 * not `mitid-help-toggle`, `mitid-remove`).
 */
export function identifierNamesMitIDCta(name: string): boolean {
  return identifierNamesMitID(name) && !identifierWords(name).some((w) => NOT_CTA_WORDS.has(w));
}

/** Parts named MitID that are not the button itself: its logo, the box, a wrapper, a help text. */
const NOT_THE_BUTTON = new Set(
  'logo icon img image svg box container wrapper wrap frame iframe modal dialog popup overlay page section header footer title text label spinner loader info help description desc list group row col grid badge client widget panel card form content body layout area banner alert message toast callout hero notification'.split(' '),
);

/**
 * A style's name (a CSS class, a `style()` export, a styled component) names the MitID button
 * itself: `.btn-mitid`, `mitidButton`; not `mitid-logo`, `mitIdHelp`, `mitidContainer`.
 */
export function identifierNamesMitIDButton(name: string): boolean {
  // The help, FAQ, settings, remove and toggle controls beside the call to action are not it (`.mitid-faq-toggle`, `MitIDRemoveButton`).
  if (!identifierNamesMitIDCta(name)) return false;
  // A BEM element of a MitID block (`.mitid-finalize__shield`) is a part inside it; the button is
  // the block itself, or an element that names a button or MitID (`.login__mitid`, `.mitid-card__btn`).
  const at = name.lastIndexOf('__');
  if (at < 0) return !identifierWords(name).some((w) => NOT_THE_BUTTON.has(w));
  const element = identifierWords(name.slice(at + 2).split('--')[0] ?? '');
  if (element.some((w) => NOT_THE_BUTTON.has(w))) return false;
  return element.includes('mitid') || element.some((w, i) => w === 'mit' && element[i + 1] === 'id') || element.some((w) => BUTTON_WORDS.has(w));
}

/** The whole value is the bare word MitID (`data-method="mitid"`): a key among options, not a name. */
export function isBareMitID(value: string): boolean {
  return /^\s*mit[\s._-]?id\s*$/i.test(value);
}

/** Callee words of a call that starts a login: `login`, `signIn`, `loginWithRedirect`, `authorize`. */
const LOGIN_CALL_WORDS = new Set(['login', 'signin', 'logon', 'sign', 'log', 'authorize', 'authenticate', 'auth', 'redirect', 'connect', 'verify', 'identify']);

/** A callee name (`login`, `authClient.signIn.social`, `loginWithRedirect`) reads as starting a login. */
export function namesLoginCall(name: string): boolean {
  return identifierWords(name).some((w) => LOGIN_CALL_WORDS.has(w));
}

/**
 * A value that asks for MitID when a login starts: a MitID `acr_values` URN
 * (`urn:grn:authn:dk:mitid:substantial`), a MitID login address, or (as the argument of a login
 * call: `signIn('mitid')`, `{ provider: 'mitid' }`) the bare scheme name.
 */
export function asksForMitID(value: string, inLoginCall: boolean): boolean {
  const v = value.trim();
  if (v.toLowerCase().startsWith(MITID_ACR_PREFIX)) return true;
  if (inLoginCall && (isBareMitID(v) || /^mitid[_-]erhverv$/i.test(v))) return true;
  if (/^https?:\/\//i.test(v)) {
    const url = analyzeMitIDUrl(v);
    // A generic broker (Criipto/Idura) serves every eID: only a MitID acr value there says MitID.
    return url.verdict === 'yes' && (!/(?:^|\.)(?:criipto\.i[do]|idura\.broker)$/i.test(url.host ?? '') || decoded(v).toLowerCase().includes(MITID_ACR_PREFIX));
  }
  // A path or the query part of a URL template: `/authorize?acr_values=urn:grn:authn:dk:mitid:low&state=`.
  return /[?&](?:acr_values|idp_values)=/i.test(v) && isMitIDLoginUrl(`https://host.invalid/${v.replace(/^\/+/, '')}`) === 'yes';
}

/**
 * Where a click handler navigates (`location.href = '/api/mitid/start'`, `router.push('/auth/mitid')`):
 * a same-site path or URL whose path names the MitID login, not a help, settings or info page
 * (`/help/mitid`, `/settings/mitid/remove`, https://www.mitid.dk/).
 */
export function navigatesToMitIDLogin(value: string): boolean {
  const v = value.trim();
  if (asksForMitID(v, false)) return true;
  const m = /^(?:https?:\/\/([^/?#]+))?(\/[^?#\s]*)/i.exec(v);
  if (!m) return false;
  if (m[1] && analyzeMitIDUrl(v).reason === 'info-site') return false;
  return identifierNamesMitIDCta(m[2] as string);
}

/** Path words of a login route: `/auth/mitid/login`, `/oidc/mitid/start`, `{% url 'mitid_auth:login' %}`. */
const LOGIN_ROUTE_WORDS = new Set(['login', 'signin', 'logon', 'logind', 'auth', 'authorize', 'authenticate', 'oidc', 'openid', 'sso', 'saml', 'start', 'challenge']);

/**
 * A link's target (`href`, a form's `action`, a router's `to`) starts a MitID login: a MitID login
 * address, or a same-site route whose path names MitID and a login (`/auth/mitid/login`,
 * `/mitid/start`); not `/mitid` alone (often a page about MitID), `/auth/mitid/logout` or `/help/mitid`.
 */
export function linksToMitIDLogin(value: string): boolean {
  const v = value.trim();
  if (asksForMitID(v, false)) return true;
  // A server template's route name (`{% url 'mitid_auth:login' %}`, `{{ url_for('mitid.login') }}`).
  if (/^(?:\{[%{]|<%)/.test(v)) return identifierNamesMitIDCta(v) && identifierWords(v).some((w) => LOGIN_ROUTE_WORDS.has(w));
  if (!navigatesToMitIDLogin(v)) return false;
  const path = v.replace(/^https?:\/\/[^/?#]+/i, '').split(/[?#]/)[0] ?? '';
  return identifierWords(path).some((w) => LOGIN_ROUTE_WORDS.has(w));
}

const BUTTON_WORDS = new Set(['button', 'btn', 'cta', 'link', 'knap']);

/** A helper that renders the MitID button (`renderMitIDButton`, `createMitIdCta`): its label argument is the CTA's text. */
export function namesMitIDButtonHelper(name: string): boolean {
  return identifierNamesMitIDCta(name) && identifierWords(name).some((w) => BUTTON_WORDS.has(w));
}

/** Other identity providers and eIDs a shared login button may serve ("Continue with Google", "BankID"). */
const OTHER_PROVIDERS = new Set(['google', 'apple', 'facebook', 'microsoft', 'github', 'gitlab', 'linkedin', 'twitter', 'bankid', 'nemid', 'freja', 'itsme', 'vipps', 'idporten', 'okta', 'auth0']);

/** The text names another identity provider (and not MitID): a shared button's branch for that provider. */
export function namesOtherProvider(text: string): boolean {
  const words = textWords(text);
  return words.some((w) => OTHER_PROVIDERS.has(w)) && !words.includes('mitid');
}

/** Words of a button that dismisses or goes back ("Afbryd", "Cancel", "Tilbage"): never a MitID call to action. */
const DISMISS_WORDS = new Set(['afbryd', 'annuller', 'annullér', 'fortryd', 'cancel', 'abort', 'tilbage', 'back', 'luk', 'close', 'nej', 'no']);

/**
 * Words of a settings action on a MitID link that is no login ("Fjern MitID tilknytning", "Remove
 * MitID", "Unlink MitID", "Nulstil MitID"): removing or resetting an identity starts no MitID flow.
 */
const REMOVE_WORDS = new Set(['fjern', 'slet', 'nulstil', 'frakobl', 'afkobl', 'remove', 'delete', 'unlink', 'disconnect', 'revoke', 'reset', 'deactivate', 'deaktiver', 'deaktivér']);

/** The text removes, unlinks or resets (any of its words): a settings action, not a call to action. */
export function isRemoveText(text: string): boolean {
  return textWords(text).some((w) => REMOVE_WORDS.has(w));
}

/** Words of a logout ("Log ud", "Log af", "Sign out"): the other state of a login/logout button. */
const LOGOUT_WORDS = new Set(['log', 'ud', 'af', 'mig', 'logud', 'logaf', 'out', 'off', 'me', 'logout', 'logoff', 'sign', 'signout']);
const LOGOUT_MARKS = new Set(['ud', 'af', 'logud', 'logaf', 'out', 'off', 'logout', 'logoff', 'signout']);

/** The whole text logs out and names no MitID: a shared login/logout button's logged-in state, no MitID text. */
export function isLogoutText(text: string): boolean {
  const words = textWords(text);
  return words.length > 0 && words.every((w) => LOGOUT_WORDS.has(w)) && words.some((w) => LOGOUT_MARKS.has(w));
}

/** The whole text only dismisses or goes back. */
export function isDismissText(text: string): boolean {
  const words = textWords(text);
  return words.length > 0 && words.every((w) => DISMISS_WORDS.has(w));
}
