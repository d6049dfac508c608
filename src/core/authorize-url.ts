/**
 * An authorize-URL builder for Idura/Criipto-style OpenID Connect brokers (MITID-RULES.md
 * section 3), so a button's address carries the same action as its text.
 */
import { isAction, type MitIDAction, type MitIDLang, isLang } from './phrases.js';
import { MITID_ACR_PREFIX } from './url.js';

export const ASSURANCE_LEVELS = ['low', 'substantial', 'high', 'business'] as const;
export type AssuranceLevel = (typeof ASSURANCE_LEVELS)[number];
export const MITID_SCOPES = ['ssn', 'address'] as const;
export type MitIDScope = (typeof MITID_SCOPES)[number];

export interface AuthorizeUrlOptions {
  /** The broker domain, e.g. `acme.idura.broker` or `login.acme.dk` (with or without https://). */
  domain: string;
  clientId: string;
  redirectUri: string;
  /** Level of assurance by name; `substantial` is the sources' advice when in doubt. Default substantial. */
  level?: AssuranceLevel;
  /** Extra scopes beyond `openid`: `ssn` (CPR number), `address`. */
  scopes?: readonly MitIDScope[];
  /** Sets the verb in the MitID box (`login_hint=action:<action>`); pass the button's action. */
  action?: MitIDAction;
  /** Re-authenticates a known user (`login_hint=uuid:<uuid>`). */
  uuid?: string;
  /** `consent_revoke` logs the user in and then deletes the stored CPR consent ("forget me"). */
  prompt?: 'consent_revoke' | 'login' | 'none';
  /** The language of the broker page (`ui_locales`). */
  lang?: MitIDLang;
  state?: string;
  nonce?: string;
  /** PKCE: the challenge you computed; the method is S256. */
  codeChallenge?: string;
  responseType?: 'code' | 'id_token';
  responseMode?: 'query' | 'fragment' | 'form_post';
}

/** Thrown for invalid options; the message names the option and says what it takes. */
export class AuthorizeUrlError extends TypeError {
  override name = 'AuthorizeUrlError';
}

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const HOST_RE = /^(?=.{1,253}$)(?:[a-z\d](?:[a-z\d-]{0,61}[a-z\d])?\.)+[a-z\d-]{2,63}$|^localhost$/i;

function fail(message: string): never {
  throw new AuthorizeUrlError(`buildAuthorizeUrl: ${message}`);
}

function requireText(name: string, value: unknown): string {
  if (typeof value !== 'string' || value.trim() === '') fail(`"${name}" must be a non-empty string`);
  return value.trim();
}

function optionalText(name: string, value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value === '' || /[\s]/.test(value)) fail(`"${name}" must be a string without spaces`);
  return value;
}

function hostOf(domain: string): string {
  const host = domain.replace(/^https:\/\//i, '').replace(/\/+$/, '');
  if (/^[a-z]+:/i.test(host) || host.includes('/')) fail(`"domain" must be a host name like "acme.idura.broker", got "${domain}"`);
  const bare = host.replace(/:\d{1,5}$/, '');
  if (!HOST_RE.test(bare)) fail(`"domain" is not a valid host name: "${domain}"`);
  return host.toLowerCase();
}

function redirectOf(uri: string): string {
  let parsed: URL;
  try {
    parsed = new URL(uri);
  } catch {
    fail(`"redirectUri" must be an absolute URL, got "${uri}"`);
  }
  const local = parsed.hostname === 'localhost' || parsed.hostname === '127.0.0.1' || parsed.hostname === '[::1]';
  if (parsed.protocol !== 'https:' && !(parsed.protocol === 'http:' && local)) {
    fail(`"redirectUri" must use https (http only for localhost), got "${uri}"`);
  }
  if (parsed.hash) fail(`"redirectUri" must not have a fragment, got "${uri}"`);
  return parsed.href;
}

/** Builds `https://<domain>/oauth2/authorize?...`; throws AuthorizeUrlError on invalid input. */
export function buildAuthorizeUrl(options: AuthorizeUrlOptions): string {
  if (typeof options !== 'object' || options === null) fail('options must be an object');
  const host = hostOf(requireText('domain', options.domain));
  const clientId = requireText('clientId', options.clientId);
  const redirectUri = redirectOf(requireText('redirectUri', options.redirectUri));
  const level = options.level ?? 'substantial';
  if (!(ASSURANCE_LEVELS as readonly string[]).includes(level)) fail(`"level" must be one of ${ASSURANCE_LEVELS.join(', ')}, got "${String(level)}"`);
  const scopes = options.scopes ?? [];
  if (!Array.isArray(scopes)) fail('"scopes" must be an array');
  for (const s of scopes) if (!(MITID_SCOPES as readonly string[]).includes(s)) fail(`"scopes" may hold ${MITID_SCOPES.join(', ')}, got "${String(s)}"`);
  if (options.action !== undefined && !isAction(options.action)) fail(`"action" must be one of login, approve, confirm, accept, sign, got "${String(options.action)}"`);
  if (options.uuid !== undefined && !UUID_RE.test(String(options.uuid))) fail(`"uuid" must be a UUID, got "${String(options.uuid)}"`);
  if (options.lang !== undefined && !isLang(options.lang)) fail(`"lang" must be "da" or "en", got "${String(options.lang)}"`);
  if (options.prompt !== undefined && !['consent_revoke', 'login', 'none'].includes(options.prompt)) fail(`"prompt" must be consent_revoke, login or none, got "${String(options.prompt)}"`);
  const responseType = options.responseType ?? 'code';
  if (responseType !== 'code' && responseType !== 'id_token') fail(`"responseType" must be code or id_token`);
  const codeChallenge = optionalText('codeChallenge', options.codeChallenge);
  if (codeChallenge !== undefined && !/^[A-Za-z0-9_-]{43,128}$/.test(codeChallenge)) fail('"codeChallenge" must be a base64url S256 challenge (43-128 characters)');

  const params = new URLSearchParams();
  params.set('response_type', responseType);
  params.set('client_id', clientId);
  params.set('redirect_uri', redirectUri);
  params.set('scope', ['openid', ...new Set(scopes)].join(' '));
  params.set('acr_values', `${MITID_ACR_PREFIX}:${level}`);
  const hints = [options.uuid !== undefined ? `uuid:${options.uuid}` : '', options.action ? `action:${options.action}` : ''].filter(Boolean);
  if (hints.length) params.set('login_hint', hints.join(' '));
  if (options.prompt) params.set('prompt', options.prompt);
  if (options.lang) params.set('ui_locales', options.lang);
  const state = optionalText('state', options.state);
  const nonce = optionalText('nonce', options.nonce);
  if (state) params.set('state', state);
  if (nonce) params.set('nonce', nonce);
  if (codeChallenge) {
    params.set('code_challenge', codeChallenge);
    params.set('code_challenge_method', 'S256');
  }
  if (options.responseMode) params.set('response_mode', options.responseMode);
  return `https://${host}/oauth2/authorize?${params.toString().replace(/\+/g, '%20')}`;
}

/** The `action:` in a URL's `login_hint`, if any (for a button to compare with its own action). */
export function loginHintAction(url: string): string | undefined {
  const m = /[?&]login_hint=([^&#]*)/i.exec(String(url));
  if (!m) return undefined;
  let hint: string;
  try {
    hint = decodeURIComponent((m[1] ?? '').replace(/\+/g, ' '));
  } catch {
    return undefined;
  }
  return /(?:^|\s)action:([\w-]+)/i.exec(hint)?.[1]?.toLowerCase();
}
