import { at, FRAMEWORKS, testers, valid } from './cases.js';
import { rules } from './helpers.js';

const rule = rules['no-embedded-login'] as never;
const embedded = (tag: string) => ({ messageId: 'embedded', data: { tag } });

for (const fw of FRAMEWORKS) {
  testers[fw].run(`no-embedded-login (${fw})`, rule, {
    valid: [
      valid(fw, '<iframe src="https://acme.idura.broker/oauth2/authorize?prompt=none&client_id=x"></iframe>'),
      valid(fw, '<iframe src="https://acme.idura.broker/oauth2/authorize" width="0" height="0"></iframe>'),
      valid(fw, '<iframe src="https://applet.danid.dk/launcher/lmt"></iframe>'),
      valid(fw, '<iframe src="https://www.mitid.dk/"></iframe>'),
      valid(fw, '<iframe src="https://www.youtube.com/embed/mitid"></iframe>'),
      valid(fw, '<a href="https://acme.idura.broker/oauth2/authorize">Log ind med MitID</a>'),
      valid(fw, '<iframe src="https://netseidbroker.pp.mitid.dk/iframe?login_hint=uuid:x"></iframe>', { options: [{ allowReauthIframe: true }] }),
      valid(fw, '<iframe src="/mitid/help"></iframe>'),
    ],
    invalid: [
      at(fw, '<iframe src="https://acme.idura.broker/oauth2/authorize?client_id=x"></iframe>', { errors: [embedded('iframe')] }),
      at(fw, '<iframe src="https://nemlog-in.mitid.dk/login"></iframe>', { errors: [embedded('iframe')] }),
      at(fw, '<iframe src="https://criipto.pp.mitid.dk/"></iframe>', { errors: [embedded('iframe')] }),
      at(fw, '<iframe src="https://acme.criipto.id/oauth2/authorize"></iframe>', { errors: [embedded('iframe')] }),
      at(fw, '<object data="https://acme.criipto.id/oauth2/authorize"></object>', { errors: [embedded('object')] }),
      at(fw, '<embed src="https://pp.netseidbroker.dk/op/connect/authorize">', { errors: [embedded('embed')] }),
      at(fw, '<iframe src="https://login.example.com/authorize?acr_values=urn:grn:authn:dk:mitid:substantial"></iframe>', { errors: [embedded('iframe')] }),
      at(fw, '<iframe src="https://auth.example.com/authorize?idp_values=mitid"></iframe>', { errors: [embedded('iframe')] }),
      at(fw, '<iframe src="https://netseidbroker.pp.mitid.dk/iframe?login_hint=uuid:x"></iframe>', { errors: [{ messageId: 'reauthIframe' }] }),
      at(fw, '<iframe class="login" src="https://acme.idura.broker/authorize" width="400" height="660"></iframe>', { errors: [embedded('iframe')] }),
      at(fw, '<div class="modal"><iframe src="https://netseidbroker.dk/op/connect/authorize?x=1"></iframe></div>', { errors: [embedded('iframe')] }),
    ],
  });
}

testers.jsx.run('no-embedded-login (jsx: templates, script frames, React Native)', rule, {
  valid: [
    valid('jsx', "<WebView source={{ uri: 'https://example.com/help' }} />"),
    valid('jsx', '<iframe src={url} />'),
  ],
  invalid: [
    at('jsx', '<iframe src={`https://${tenant}.idura.broker/oauth2/authorize`} />', { errors: [embedded('iframe')] }),
    at('jsx', '<iframe src={`${base}/authorize?acr_values=urn:grn:authn:dk:mitid:${level}`} />', { errors: [embedded('iframe')] }),
    at('jsx', "<WebView source={{ uri: 'https://acme.idura.broker/oauth2/authorize' }} />", { errors: [{ messageId: 'webView', data: { tag: 'WebView' } }] }),
    at('jsx', '<frame src="https://acme.idura.broker/oauth2/authorize" />', { errors: [embedded('frame')] }),
    {
      code: "const AUTH = 'https://acme.idura.broker/oauth2/authorize';\nexport const C = () => <RN.WebView source={{ uri: AUTH }} />;\n",
      filename: 'c.tsx',
      errors: [{ messageId: 'webView', line: 2 }],
    },
  ],
});

testers.lit.run('no-embedded-login (lit and script)', rule, {
  valid: [{ code: "const f = document.createElement('div');\nf.src = 'https://acme.idura.broker/oauth2/authorize';\n", filename: 'a.ts' }],
  invalid: [
    at('lit', '<iframe src="https://${tenant}.idura.broker/oauth2/authorize"></iframe>', { errors: [{ ...embedded('iframe'), line: 2, column: 24 }] }),
    { code: "const f = document.createElement('iframe');\nf.src = 'https://acme.idura.broker/oauth2/authorize';\n", filename: 'a.ts', errors: [{ ...embedded('iframe'), line: 2 }] },
    { code: "const f = document.createElement('iframe');\nf.setAttribute('src', `https://${t}.mitid.dk/login`);\n", filename: 'a.ts', errors: [{ ...embedded('iframe'), line: 2 }] },
  ],
});
