import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  AuthorizeUrlError, POPUP_DEFAULT, buildAuthorizeUrl, checkPopupFeatures, identifierNamesMitID, isMitIDLoginUrl, loginHintAction,
  namesMitID, parseWindowFeatures, popupFeatures,
} from '../../src/core/index.js';

describe('popup features (L7)', () => {
  it('parses window.open feature strings', () => {
    expect(parseWindowFeatures('Width=400, height = 600,scrollbars=NO')).toEqual(new Map([['width', '400'], ['height', '600'], ['scrollbars', 'no']]));
  });
  it('reports a popup too small for the box, or without scrollbars or resizing', () => {
    expect(checkPopupFeatures('width=380,height=600,scrollbars=no,resizable=0')).toEqual([
      { kind: 'too-narrow', widthPx: 380, minPx: 400 },
      { kind: 'too-short', heightPx: 600, minPx: 660 },
      { kind: 'no-scrollbars' },
      { kind: 'not-resizable' },
    ]);
    expect(checkPopupFeatures('width=452,height=692')).toEqual([]);
    expect(checkPopupFeatures('')).toEqual([]);
  });
  it("opens at the kit's size, centred, with scrollbars and resizing on", () => {
    const f = popupFeatures(POPUP_DEFAULT, { left: 0, top: 0, width: 1452, height: 1692 });
    expect(f).toBe('popup=yes,width=452,height=692,left=500,top=500,scrollbars=yes,resizable=yes');
    expect(checkPopupFeatures(f)).toEqual([]);
  });
  it('never throws', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(Array.isArray(checkPopupFeatures(s))).toBe(true);
      }),
    );
  });
});

describe('buildAuthorizeUrl', () => {
  const base = { domain: 'acme.idura.broker', clientId: 'urn:my:app', redirectUri: 'https://app.acme.dk/callback' };
  it('builds an Idura/Criipto authorize URL whose action matches the button', () => {
    const url = new URL(buildAuthorizeUrl({ ...base, action: 'sign', scopes: ['ssn', 'address'], state: 's1', nonce: 'n1', lang: 'en' }));
    expect(url.origin + url.pathname).toBe('https://acme.idura.broker/oauth2/authorize');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      response_type: 'code', client_id: 'urn:my:app', redirect_uri: 'https://app.acme.dk/callback', scope: 'openid ssn address',
      acr_values: 'urn:grn:authn:dk:mitid:substantial', login_hint: 'action:sign', ui_locales: 'en', state: 's1', nonce: 'n1',
    });
    expect(isMitIDLoginUrl(url.href)).toBe('yes');
    expect(loginHintAction(url.href)).toBe('sign');
  });
  it('re-authenticates a known user, revokes consent, passes a PKCE challenge', () => {
    const challenge = 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM';
    const url = new URL(buildAuthorizeUrl({ ...base, level: 'high', uuid: '0a1b2c3d-4e5f-6071-8293-a4b5c6d7e8f9', action: 'approve', prompt: 'consent_revoke', codeChallenge: challenge }));
    expect(url.searchParams.get('acr_values')).toBe('urn:grn:authn:dk:mitid:high');
    expect(url.searchParams.get('login_hint')).toBe('uuid:0a1b2c3d-4e5f-6071-8293-a4b5c6d7e8f9 action:approve');
    expect(url.searchParams.get('prompt')).toBe('consent_revoke');
    expect(url.searchParams.get('code_challenge')).toBe(challenge);
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    expect(loginHintAction(url.href)).toBe('approve');
  });
  it.each([
    [{ domain: '' }, /"domain"/],
    [{ domain: 'http://acme.idura.broker' }, /"domain"/],
    [{ domain: 'acme idura' }, /"domain"/],
    [{ clientId: ' ' }, /"clientId"/],
    [{ redirectUri: 'callback' }, /"redirectUri" must be an absolute URL/],
    [{ redirectUri: 'http://app.acme.dk/cb' }, /https/],
    [{ level: 'medium' }, /"level"/],
    [{ scopes: ['email'] }, /"scopes"/],
    [{ action: 'signin' }, /"action"/],
    [{ uuid: '123' }, /"uuid"/],
    [{ codeChallenge: 'short' }, /"codeChallenge"/],
    [{ state: 'has space' }, /"state"/],
  ])('refuses %j with a clear error', (patch, message) => {
    expect(() => buildAuthorizeUrl({ ...base, ...(patch as object) } as never)).toThrow(AuthorizeUrlError);
    expect(() => buildAuthorizeUrl({ ...base, ...(patch as object) } as never)).toThrow(message);
  });
  it('allows http only for localhost redirects', () => {
    expect(buildAuthorizeUrl({ ...base, redirectUri: 'http://localhost:3000/cb' })).toContain('redirect_uri=http%3A%2F%2Flocalhost%3A3000%2Fcb');
  });
  it('loginHintAction reads encoded hints and ignores malformed ones', () => {
    expect(loginHintAction('https://x/a?login_hint=action%3Aconfirm')).toBe('confirm');
    expect(loginHintAction('https://x/a?login_hint=uuid:1+action:accept&x=1')).toBe('accept');
    expect(loginHintAction('https://x/a?login_hint=%E0%A4%A')).toBeUndefined();
    expect(loginHintAction('https://x/a')).toBeUndefined();
  });
});

describe('namesMitID and identifierNamesMitID', () => {
  it.each(['Log ind med MitID', 'MITID', 'mit id', 'Mit-ID', 'Brug din MitID-app'])('text %j names MitID', (t) => expect(namesMitID(t)).toBe(true));
  it.each(['Submit identity', 'NemID', 'Mitigate', 'Limit ID', ''])('text %j does not', (t) => expect(namesMitID(t)).toBe(false));
  it.each(['btn-mitid', 'mitIdButton', 'MitIDLogin', 'MITID_BTN', 'btnmitid', 'mit-id-logo.svg', 'mitid', 'data-mitid', 'MitIdButton'])('name %j names MitID', (n) =>
    expect(identifierNamesMitID(n)).toBe(true),
  );
  it.each(['submitId', 'submitid', 'transmitIdle', 'limitId', 'commitId', 'permit-id', 'emitId', 'btn-primary', ''])('name %j does not', (n) =>
    expect(identifierNamesMitID(n)).toBe(false),
  );
});
