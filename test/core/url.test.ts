import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyzeMitIDUrl, isMitIDLoginUrl, isUnsafeUrl } from '../../src/core/index.js';

describe('isMitIDLoginUrl: hosts on the rules sheet', () => {
  it.each([
    'https://acme.mitid.dk/oauth2/authorize',
    'https://criipto.pp.mitid.dk/',
    'https://nemlog-in.mitid.dk/login',
    'https://netseidbroker.pp.mitid.dk/connect/authorize',
    'https://ACME.MITID.DK:443/x',
    'https://acme.mitid.dk./x',
    'https://acme.idura.broker/oauth2/authorize?client_id=x',
    'https://acme.criipto.id/oauth2/authorize',
    'https://acme.criipto.io/',
    'https://netseidbroker.dk/op/connect/authorize',
    'https://pp.netseidbroker.dk/op/connect/authorize',
    '//acme.idura.broker/oauth2/authorize',
    'http://acme.criipto.id/',
  ])('%s is a MitID login page', (url) => {
    expect(isMitIDLoginUrl(url)).toBe('yes');
    expect(analyzeMitIDUrl(url).reason).toBe('host');
  });

  it.each([
    ['https://www.mitid.dk/', 'info-site'],
    ['https://mitid.dk/hjaelp', 'info-site'],
    ['https://pp.mitid.dk/test-tool/frontend/#/create-identity', 'info-site'],
    ['https://applet.danid.dk/launcher', 'legacy-nemid'],
    ['https://www.nemid.nu/dk-da/', 'legacy-nemid'],
    ['https://nemlog-in.dk/login', 'legacy-nemid'],
    ['https://example.com/login', 'other-host'],
    ['https://mitid.dk.evil.com/', 'other-host'],
    ['https://notmitid.dk/', 'other-host'],
    ['mailto:support@mitid.dk', 'scheme'],
    ['javascript:alert(1)', 'scheme'],
    ['about:blank', 'scheme'],
  ])('%s is not (%s)', (url, reason) => {
    expect(analyzeMitIDUrl(url)).toMatchObject({ verdict: 'no', reason });
  });
});

describe('isMitIDLoginUrl: query parameters', () => {
  it.each(['low', 'substantial', 'high', 'business'])('acr_values=urn:grn:authn:dk:mitid:%s on any host', (level) => {
    const url = `https://login.acme.dk/oauth2/authorize?client_id=x&acr_values=urn:grn:authn:dk:mitid:${level}`;
    expect(analyzeMitIDUrl(url)).toMatchObject({ verdict: 'yes', reason: 'acr_values' });
  });

  it('reads encoded and space-separated acr_values', () => {
    expect(isMitIDLoginUrl('https://a.example/authorize?acr_values=urn%3Agrn%3Aauthn%3Adk%3Amitid%3Asubstantial')).toBe('yes');
    expect(isMitIDLoginUrl('https://a.example/authorize?acr_values=urn:grn:authn:se:bankid+urn:grn:authn:dk:mitid:low')).toBe('yes');
    expect(isMitIDLoginUrl('https://a.example/authorize?acr_values=urn:grn:authn:dk:nemid:poces')).toBe('no');
  });

  it.each(['mitid', 'mitid_erhverv', 'MitID'])('idp_values=%s', (v) => {
    expect(analyzeMitIDUrl(`https://broker.example/authorize?idp_values=${v}`)).toMatchObject({ verdict: 'yes', reason: 'idp_values' });
  });

  it('a relative URL is unknown unless its query names MitID', () => {
    expect(analyzeMitIDUrl('/login')).toMatchObject({ verdict: 'unknown', reason: 'relative' });
    expect(isMitIDLoginUrl('login.html')).toBe('unknown');
    expect(isMitIDLoginUrl('/authorize?acr_values=urn:grn:authn:dk:mitid:low')).toBe('yes');
    expect(isMitIDLoginUrl('?idp_values=mitid')).toBe('yes');
  });
});

describe('isMitIDLoginUrl: templates (static parts around dynamic holes)', () => {
  it('knows the host when it is static', () => {
    expect(isMitIDLoginUrl(['https://acme.idura.broker/oauth2/authorize?client_id=', ''])).toBe('yes');
    expect(isMitIDLoginUrl(['https://example.com/', ''])).toBe('no');
  });
  it('judges a dynamic sub-domain by its static tail', () => {
    expect(isMitIDLoginUrl(['https://', '.mitid.dk/login'])).toBe('yes');
    expect(isMitIDLoginUrl(['https://', '.example.com/login'])).toBe('unknown');
  });
  it('is unknown for a dynamic host, unless the query names MitID', () => {
    expect(analyzeMitIDUrl(['https://', '/authorize'])).toMatchObject({ verdict: 'unknown', reason: 'dynamic' });
    expect(analyzeMitIDUrl(['', ''])).toMatchObject({ verdict: 'unknown', reason: 'dynamic' });
    expect(isMitIDLoginUrl(['https://', '/authorize?acr_values=urn:grn:authn:dk:mitid:', ''])).toBe('yes');
    expect(isMitIDLoginUrl(['https://', '/authorize?acr_values=', ''])).toBe('unknown');
  });
});

describe('analyzeMitIDUrl: flags', () => {
  it('marks silent logins (prompt=none)', () => {
    expect(analyzeMitIDUrl('https://acme.idura.broker/oauth2/authorize?prompt=none&x=1')).toMatchObject({ verdict: 'yes', silent: true });
    expect(analyzeMitIDUrl('https://acme.idura.broker/oauth2/authorize?prompt=login').silent).toBe(false);
  });
  it("marks Signaturgruppen's re-authentication iframe (L3)", () => {
    expect(analyzeMitIDUrl('https://netseidbroker.pp.mitid.dk/iframe?x=1')).toMatchObject({ verdict: 'yes', reauthIframe: true });
    expect(analyzeMitIDUrl('https://netseidbroker.mitid.dk/iframe')).toMatchObject({ verdict: 'yes', reauthIframe: true });
    expect(analyzeMitIDUrl('https://netseidbroker.pp.mitid.dk/iframes').reauthIframe).toBe(false);
    expect(analyzeMitIDUrl('https://acme.mitid.dk/iframe').reauthIframe).toBe(false);
  });
});

describe('isUnsafeUrl', () => {
  it.each(['javascript:alert(1)', 'JAVASCRIPT:alert(1)', ' javascript:x', '\u0001javascript:x', 'java\tscript:x', 'java\nscript:x', 'data:text/html,<p>', 'vbscript:msgbox', 'blob:https://acme.dk/0b8e', 'BLOB:x', 'filesystem:https://acme.dk/temporary/x'])('%j is unsafe', (url) => {
    expect(isUnsafeUrl(url)).toBe(true);
  });
  it.each(['https://acme.idura.broker/', '/login', '#', 'mailto:x@y.dk', 'javascript', 'my-javascript:x'])('%j is not', (url) => {
    expect(isUnsafeUrl(url)).toBe(false);
  });
});

describe('never throws', () => {
  it('on any string or array of strings', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.array(fc.string({ maxLength: 40 }), { maxLength: 5 })), (u) => {
        expect(['yes', 'no', 'unknown']).toContain(isMitIDLoginUrl(u));
        expect(typeof isUnsafeUrl(Array.isArray(u) ? u.join('') : u)).toBe('boolean');
      }),
      { numRuns: 3000 },
    );
  });
  it('on URL-shaped random input', () => {
    const url = fc.webUrl({ withQueryParameters: true, withFragments: true });
    fc.assert(
      fc.property(url, (u) => {
        expect(['yes', 'no', 'unknown']).toContain(isMitIDLoginUrl(u));
      }),
      { numRuns: 1000 },
    );
  });
});
