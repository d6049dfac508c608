// A link or form is a MitID call to action by its target: a MitID login address, or a route whose
// path names MitID and a login (`/auth/mitid/login`, `{% url 'mitid_auth:login' %}`). Its text must
// then be an approved phrase. `/mitid` alone (often a page about MitID), logout and help routes are not.
import { describe, expect, it } from 'vitest';
import { linksToMitIDLogin } from '../../src/core/index.js';
import { at, FRAMEWORKS, testers, valid } from './cases.js';
import { rules } from './helpers.js';

const rule = rules['approved-text'] as never;

describe('core: linksToMitIDLogin', () => {
  it('reads login routes that name MitID', () => {
    expect(['/auth/mitid/login', '/mitid/start', 'https://shop.dk/login/mitid?next=/', "{% url 'mitid_auth:login' %}", "{{ url_for('mitid.login') }}", '/authorize?acr_values=urn:grn:authn:dk:mitid:low'].map(linksToMitIDLogin)).toEqual([true, true, true, true, true, true]);
    expect(['/mitid', '/auth/mitid/logout', '/help/mitid/login', "{% url 'mitid_auth:logout' %}", '/login', 'https://www.mitid.dk/login', '/submitId/login'].map(linksToMitIDLogin)).toEqual([false, false, false, false, false, false, false]);
  });
});

for (const fw of FRAMEWORKS) {
  testers[fw].run(`approved-text: links that start a MitID login by their target (${fw})`, rule, {
    valid: [
      valid(fw, '<a href="/auth/mitid/login">Log ind med MitID</a>'),
      valid(fw, '<a href="/auth/mitid/logout">Log ud</a>'),
      valid(fw, '<a href="/mitid">Læs om MitID</a>'),
      valid(fw, '<a href="/login">Log ind</a>'),
      valid(fw, '<a href="/help/mitid/login">Hjælp til login</a>'),
    ],
    invalid: [
      at(fw, '<a href="/auth/mitid/login" class="btn">Log ind</a>', { errors: [{ messageId: 'notAPhrase' }] }),
      at(fw, '<a class="btn btn-primary" href="/oidc/mitid/start">Fortsæt</a>', { errors: [{ messageId: 'notAPhrase' }] }),
    ],
  });
}
