/**
 * When an embedded frame or web view shows the MitID login although its address alone does not say
 * so (rules L1, L2). Real apps frame their own login page, which redirects to MitID
 * (`<WebView source={{ uri: 'https://min.kommune.dk/login' }} />` on a screen titled "Log ind med
 * MitID"), or hold the address in a prop while the frame itself is named for MitID
 * (`<iframe :src="url" class="mitid-frame">`). Both say MitID; neither address does.
 */
import { identifierWords, textWords } from './mentions.js';
import { analyzeMitIDUrl } from './url.js';

/** Words that make a MitID-named frame something other than the login: a help film, a guide, an info page. */
const NOT_LOGIN_FRAME_WORDS = new Set([
  'help', 'hjaelp', 'hjalp', 'faq', 'info', 'information', 'about', 'om', 'video', 'youtube', 'vimeo', 'film', 'guide',
  'vejledning', 'tutorial', 'intro', 'introduktion', 'demo', 'preview', 'logo', 'icon', 'ikon', 'map', 'kort', 'pdf', 'document',
  'dokument', 'terms', 'vilkaar', 'vilkår', 'privacy', 'privatliv', 'cookie', 'cookies', 'news', 'nyheder', 'status', 'app', 'appen', 'download',
  'hjælp', 'support', 'kontakt', 'contact',
]);

/** A name or title of a frame (`mitid-frame`, `mitIdLoginUrl`, title "MitID login") that says it shows the MitID login. */
export function namesMitIDFrame(value: string): boolean {
  const words = [...identifierWords(value), ...textWords(value)];
  const mitid = words.includes('mitid') || words.some((w, i) => w === 'mit' && words[i + 1] === 'id');
  return mitid && !words.some((w) => NOT_LOGIN_FRAME_WORDS.has(w));
}

/** Path and query words of a login page: an app's own login that goes on to MitID. */
const LOGIN_PATH = /(?:^|[/?#&=._-])(?:login|log-?ind|logon|signin|sign-in|auth|authenticate|authorize|authorise|oauth2?|oidc|openid|openid-connect|sso|saml2?|idp|nemlog-?in|broker)(?=$|[/?#&=._-])/i;
const HOLE = '\uE000';

/**
 * An address (or the static parts of a template) that may be the login page of a frame named for
 * MitID: anything but another scheme, the MitID info site or legacy NemID. Holes are fine: a prop.
 */
export function mayBeLoginAddress(url: readonly string[]): boolean {
  const r = analyzeMitIDUrl(url);
  return r.verdict === 'yes' ? !r.silent : !['scheme', 'info-site', 'legacy-nemid', 'invalid'].includes(r.reason);
}

/** An address whose path reads as a login page (`/login`, `/connect/authorize`, `/auth/oidc`), on any host. */
export function looksLikeLoginAddress(url: readonly string[]): boolean {
  if (!mayBeLoginAddress(url)) return false;
  const text = url.join(HOLE);
  const path = text.replace(/^(?:https?:)?\/\/[^/?#]*/i, '');
  return LOGIN_PATH.test(path);
}

/** Words that start a MitID login in a heading or title ("Log ind med MitID", "MitID login", "Sign in with MitID"). */
const LOGIN_WORDS = new Set(['log', 'login', 'logon', 'logind', 'signin', 'sign', 'godkend', 'bekræft', 'approve', 'confirm', 'underskriv', 'identificer', 'verify']);

/**
 * A text of the screen or page that names a MitID login: the login is what the page shows. Used to
 * judge a frame whose address reads as a login page (`/login`) in the same file.
 */
export function namesMitIDLogin(text: string): boolean {
  if (!/mit[\s._-]?id/i.test(text)) return false;
  const words = textWords(text);
  const at = words.indexOf('mitid');
  if (at < 0) return false;
  return words.slice(Math.max(0, at - 3), at + 3).some((w) => LOGIN_WORDS.has(w));
}

/**
 * Some text of a file (a heading, a screen title, a class) names a MitID login: each "MitID" is
 * read with the words around it, at most 500 of them, so a large file costs one bounded scan.
 */
export function fileNamesMitIDLogin(text: string): boolean {
  let seen = 0;
  for (const m of text.matchAll(/mit[\s._-]?id/gi)) {
    if (++seen > 500) return false;
    if (namesMitIDLogin(text.slice(Math.max(0, m.index - 40), m.index + m[0].length + 40))) return true;
  }
  return false;
}

/** Code that opens the system browser for a login (the compliant path of rule L2), in any native stack. */
const SYSTEM_BROWSER = /ASWebAuthenticationSession|SFSafariViewController|CustomTabsIntent|customtabs|FlutterWebAuth|flutter_web_auth|openAuthSessionAsync|expo-web-browser|WebBrowser\.open|AuthSession|react-native-app-auth|appAuth|InAppBrowser|url_launcher|launchUrl|Linking\.openURL|UIApplication\.shared\.open|Intent\.ACTION_VIEW|ACTION_VIEW/;

/** The file opens the system browser somewhere (ASWebAuthenticationSession, Custom Tabs, expo-web-browser ...). */
export function usesSystemBrowser(text: string): boolean {
  return SYSTEM_BROWSER.test(text);
}

/**
 * A native web view on a screen about the MitID login, loading a page of the service (any https
 * address but MitID's information site), where the screen never hands the login to the system
 * browser: the login it shows is MitID's, embedded (rule L2).
 */
export function webViewShowsMitIDLogin(url: readonly string[], screen: string): boolean {
  const text = url.join('\uE000').trim();
  // A help, terms or news page of the service is not its login.
  const path = text.replace(/^https?:\/\/[^/]*/i, '');
  const words = [...identifierWords(path), ...textWords(path)];
  if (words.some((w) => NOT_LOGIN_FRAME_WORDS.has(w))) return false;
  return /^https?:\/\/[^/\uE000]+/i.test(text) && mayBeLoginAddress(url) && !usesSystemBrowser(screen) && fileNamesMitIDLogin(screen);
}
