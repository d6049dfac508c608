/**
 * Which addresses are a MitID login page (MITID-RULES.md section 2, for L1, L3 and L7).
 * A URL may be given whole, or as the static parts of a template (`https://${x}.mitid.dk/...`
 * as ['https://', '.mitid.dk/...']): the answer is yes, no, or unknown, never a guess.
 */

export type UrlVerdict = 'yes' | 'no' | 'unknown';

export interface MitIDUrlAnalysis {
  verdict: UrlVerdict;
  /** Why: 'host', 'acr_values', 'idp_values', 'info-site', 'legacy-nemid', 'other-host', 'relative', 'dynamic', 'scheme', 'invalid'. */
  reason: string;
  host?: string;
  /** `prompt=none`: a silent (hidden) login, not a page shown to the user. */
  silent: boolean;
  /** Signaturgruppen's re-authentication iframe (L3), flagged unless allowed by an option. */
  reauthIframe: boolean;
}

/** Host suffixes of MitID login pages; a leading dot means "any sub-domain". */
export const MITID_LOGIN_HOSTS = ['.mitid.dk', '.idura.broker', '.criipto.id', '.criipto.io', 'netseidbroker.dk', '.netseidbroker.dk'] as const;
/** MitID's public information site: links there are not login pages. */
const INFO_HOSTS = new Set(['mitid.dk', 'www.mitid.dk']);
/** Legacy NemID hosts: never MitID. */
const NEMID_SUFFIXES = ['.nemid.nu', 'nemid.nu', '.danid.dk', 'nemlog-in.dk', '.nemlog-in.dk'];
/** L3: Signaturgruppen's re-authentication iframe lives on these hosts under /iframe. */
const REAUTH_IFRAME_HOSTS = new Set(['netseidbroker.pp.mitid.dk', 'netseidbroker.mitid.dk', 'netseidbroker.dk', 'pp.netseidbroker.dk']);

export const MITID_ACR_PREFIX = 'urn:grn:authn:dk:mitid';
const MITID_IDP_VALUES = new Set(['mitid', 'mitid_erhverv']);
/** Marks a dynamic hole between static parts; never occurs in a real URL. */
const HOLE = '\u0000';

function hostMatches(host: string, suffixes: readonly string[]): boolean {
  return suffixes.some((s) => (s.startsWith('.') ? host.endsWith(s) : host === s));
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}

/** Query parameter values found in the static text (a value that runs into a hole is skipped). */
function paramValues(text: string, name: string): string[] {
  const values: string[] = [];
  const re = new RegExp(`[?&;]${name}=([^&#${HOLE}]*)(${HOLE})?`, 'gi');
  for (const m of text.matchAll(re)) {
    const raw = m[1] ?? '';
    const value = safeDecode(raw);
    // "acr_values=urn:grn:authn:dk:mitid:${level}" still names MitID before the hole.
    if (value && (m[2] === undefined || value.toLowerCase().startsWith(MITID_ACR_PREFIX))) values.push(value);
  }
  return values;
}

function queryVerdict(text: string): 'acr_values' | 'idp_values' | undefined {
  if (!/acr_values|idp_values/i.test(text)) return undefined;
  for (const value of paramValues(text, 'acr_values')) {
    if (value.split(/\s+/).some((v) => v.toLowerCase().startsWith(MITID_ACR_PREFIX))) return 'acr_values';
  }
  for (const value of paramValues(text, 'idp_values')) {
    if (value.split(/[\s,]+/).some((v) => MITID_IDP_VALUES.has(v.toLowerCase()))) return 'idp_values';
  }
  return undefined;
}

/** Analyses a URL, or the static parts of a URL template. Never throws. */
export function analyzeMitIDUrl(url: string | readonly string[]): MitIDUrlAnalysis {
  const parts = typeof url === 'string' ? [url] : [...url].map(String);
  // eslint-disable-next-line no-control-regex -- leading control characters are ignored by browsers
  const text = parts.join(HOLE).trim().replace(/^[\s\u0000-\u001f]+/, '');
  const silent = /[?&;]prompt=none(?:[&#]|$)/i.test(text);
  const base = { silent, reauthIframe: false };
  const byQuery = queryVerdict(text);

  const scheme = /^([a-z][a-z\d+.-]*):/i.exec(text)?.[1]?.toLowerCase();
  if (scheme && scheme !== 'http' && scheme !== 'https') return { verdict: 'no', reason: 'scheme', ...base };
  const authority = /^(?:https?:)?\/\/([^/?#]*)/i.exec(text);
  if (!authority) {
    if (byQuery) return { verdict: 'yes', reason: byQuery, ...base };
    return { verdict: 'unknown', reason: text.startsWith(HOLE) || text === '' ? 'dynamic' : 'relative', ...base };
  }

  // Host without user info or port; a hole inside it leaves only its static tail to judge.
  const rawHost = (authority[1] ?? '').replace(/^.*@/, '').replace(/:\d*$/, '').replace(/\.$/, '').toLowerCase();
  const path = text.slice(authority[0].length);
  if (rawHost.includes(HOLE)) {
    const tail = rawHost.slice(rawHost.lastIndexOf(HOLE) + 1);
    if (tail.startsWith('.') && hostMatches(tail, MITID_LOGIN_HOSTS.filter((s) => s.startsWith('.')))) {
      return { verdict: 'yes', reason: 'host', ...base };
    }
    return byQuery ? { verdict: 'yes', reason: byQuery, ...base } : { verdict: 'unknown', reason: 'dynamic', ...base };
  }
  const host = rawHost;
  if (!host) return { verdict: 'no', reason: 'invalid', ...base };
  if (INFO_HOSTS.has(host)) return { verdict: 'no', reason: 'info-site', host, ...base };
  // MitID's test tool (pp.mitid.dk/test-tool/…) makes test identities: a page about MitID, not its login.
  if (hostMatches(host, ['.mitid.dk']) && /^\/test-tool(?:[/?#]|$)/i.test(path)) return { verdict: 'no', reason: 'info-site', host, ...base };
  if (hostMatches(host, NEMID_SUFFIXES)) return { verdict: 'no', reason: 'legacy-nemid', host, ...base };
  if (hostMatches(host, MITID_LOGIN_HOSTS)) {
    const reauthIframe = REAUTH_IFRAME_HOSTS.has(host) && /^\/iframe(?:[/?#]|$)/i.test(path);
    return { verdict: 'yes', reason: 'host', host, silent, reauthIframe };
  }
  if (byQuery) return { verdict: 'yes', reason: byQuery, host, ...base };
  return { verdict: 'no', reason: 'other-host', host, ...base };
}

/** yes / no / unknown: is this address (or template) a MitID login page? */
export function isMitIDLoginUrl(url: string | readonly string[]): UrlVerdict {
  return analyzeMitIDUrl(url).verdict;
}

/**
 * `javascript:` and `vbscript:` run script in the page; `data:`, `blob:` and `filesystem:` show a
 * document the page itself made (one that can imitate the MitID login), never the MitID page.
 */
export const UNSAFE_URL_SCHEMES = ['javascript', 'vbscript', 'data', 'blob', 'filesystem'] as const;
const UNSAFE_SCHEMES = new Set<string>(UNSAFE_URL_SCHEMES);

/**
 * URLs of UNSAFE_SCHEMES, however disguised (case, leading white space or control characters,
 * tabs and new lines inside the scheme, which browsers strip).
 */
export function isUnsafeUrl(url: string): boolean {
  // eslint-disable-next-line no-control-regex
  const cleaned = String(url).replace(/^[\u0000-\u0020]+/, '').replace(/[\t\n\r]/g, '');
  const scheme = /^([a-z][a-z\d+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase();
  return scheme !== undefined && UNSAFE_SCHEMES.has(scheme);
}
