import { at, FRAMEWORKS, testers, valid } from './cases.js';
import { rules } from './helpers.js';

const rule = rules['cta-element'] as never;

for (const fw of FRAMEWORKS) {
  testers[fw].run(`cta-element (${fw})`, rule, {
    valid: [
      valid(fw, '<button onclick="login">Log ind med MitID</button>'),
      valid(fw, '<a href="/auth/mitid">Log on with MitID</a>'),
      valid(fw, '<a href="https://acme.idura.broker/oauth2/authorize?client_id=x">Log ind med MitID</a>'),
      valid(fw, '<mitid-button action="login"></mitid-button>'),
      valid(fw, '<input type="submit" value="Log ind med MitID">'),
      valid(fw, '<div class="card">Log ind med MitID</div>'),
      valid(fw, '<h2>Log ind med MitID</h2>'),
      valid(fw, '<div onclick="save">Save</div>'),
      valid(fw, '<a href="#">Hvad er MitID?</a>'),
      valid(fw, '<div role="button" tabindex="0">Log ind med MitID</div>', { options: [{ allowRoleButton: true }] }),
    ],
    invalid: [
      at(fw, '<div onclick="login">Log ind med MitID</div>', { errors: [{ messageId: 'notAButton', data: { tag: 'div' } }] }),
      at(fw, '<span class="mitid-btn" onclick="login">Log ind</span>', { errors: [{ messageId: 'notAButton', data: { tag: 'span' } }] }),
      at(fw, '<div role="button" tabindex="0">Log ind med MitID</div>', { errors: [{ messageId: 'roleButton', data: { tag: 'div', role: 'button' } }] }),
      at(fw, '<span role="link">Log on with MitID</span>', { errors: [{ messageId: 'roleButton', data: { tag: 'span', role: 'link' } }] }),
      at(fw, '<a>Log ind med MitID</a>', { errors: [{ messageId: 'anchorWithoutHref' }] }),
      at(fw, '<a class="mitid" onclick="login">Log ind</a>', { errors: [{ messageId: 'anchorWithoutHref' }] }),
      at(fw, '<a href="#">Log ind med MitID</a>', { errors: [{ messageId: 'anchorFakeHref', data: { href: '#' } }] }),
      at(fw, '<a href="" onclick="login">Godkend med MitID</a>', { errors: [{ messageId: 'anchorFakeHref', data: { href: '' } }] }),
      at(fw, '<a href="javascript:void(0)" onclick="login">Login with MitID</a>', { errors: [{ messageId: 'anchorFakeHref', data: { href: 'javascript:void(0)' } }] }),
      at(fw, '<li onclick="login"><img src="/img/mitid-logo.svg" alt="">Log ind med MitID</li>', { errors: [{ messageId: 'notAButton', data: { tag: 'li' } }] }),
      at(fw, '<p onclick="sign">Underskriv med MitID</p>', { errors: [{ messageId: 'notAButton', data: { tag: 'p' } }] }),
      at(fw, '<div id="mitid-login" onclick="login"><span>Log ind</span></div>', { errors: [{ messageId: 'notAButton', data: { tag: 'div' } }] }),
    ],
  });
}

testers.jsx.run('cta-element (jsx: wrappers and polymorphic components)', rule, {
  valid: [
    valid('jsx', '<Button onClick={login}>Log ind med MitID</Button>'),
    valid('jsx', '<Link to="/login">Log ind med MitID</Link>'),
    valid('jsx', '<Pressable onPress={login}><Text>Log ind med MitID</Text></Pressable>'),
    valid('jsx', '<Box as="button" onClick={login}>Log ind med MitID</Box>'),
  ],
  invalid: [
    at('jsx', '<Box as="div" onClick={login}>Log ind med MitID</Box>', { errors: [{ messageId: 'notAButton', data: { tag: 'div' } }] }),
    at('jsx', '<Text as="a">Log ind med MitID</Text>', { errors: [{ messageId: 'anchorWithoutHref' }] }),
    at('jsx', '<Clickable onClick={login}>Log ind med MitID</Clickable>', { settings: { mitid: { components: { Clickable: 'div' } } }, errors: [{ messageId: 'notAButton', data: { tag: 'div' } }] }),
    at('jsx', '<NavLink to="#">Log ind med MitID</NavLink>', { errors: [{ messageId: 'anchorFakeHref' }] }),
    at('jsx', "<a href={busy ? '#' : '/login'}>Log ind med MitID</a>", { errors: [{ messageId: 'anchorFakeHref', data: { href: '#' } }] }),
  ],
});
