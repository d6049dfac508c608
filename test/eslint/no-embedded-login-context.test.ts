// mitid/no-embedded-login when the address alone does not say MitID: a frame named for MitID
// (`class="mitid-frame"`, a title, the variable holding its address), or the app's own login page
// (`/login`, `/connect/authorize`) framed on a page whose text names the MitID login. Help films,
// guides, info pages, hidden frames and login pages on pages that never name the MitID login stay silent.
import { describe, expect, it } from 'vitest';
import { fileNamesMitIDLogin, looksLikeLoginAddress, namesMitIDFrame } from '../../src/core/index.js';
import { at, FRAMEWORKS, testers, valid } from './cases.js';
import { rules } from './helpers.js';

const rule = rules['no-embedded-login'] as never;
const named = (tag: string, name: string) => ({ messageId: 'namedFrame', data: { tag, name } });
const loginPage = (tag: string, url: string) => ({ messageId: 'loginPageFrame', data: { tag, url } });

describe('core: frames that show the MitID login', () => {
  it('reads frame names', () => {
    expect(['mitid-frame', 'mitIdLoginUrl', 'MitID login', 'MITID_IFRAME', 'frame-mit-id'].map(namesMitIDFrame)).toEqual([true, true, true, true, true]);
    expect(['mitid-help-video', 'Video om MitID', 'mitid-guide', 'submitId', 'login-frame', 'MitID-appen download'].map(namesMitIDFrame)).toEqual([false, false, false, false, false, false]);
  });
  it('reads login addresses', () => {
    expect([['https://min.kommune.dk/login'], ['/auth/oidc/start'], ['', '/connect/authorize?client_id=', '']].map(looksLikeLoginAddress)).toEqual([true, true, true]);
    expect([['https://www.youtube.com/embed/x'], ['https://www.mitid.dk/login'], ['/blog/loginside-tips'], ['javascript:login()'], ['https://example.com/help']].map(looksLikeLoginAddress)).toEqual([false, false, false, false, false]);
  });
  it('reads page texts', () => {
    expect(fileNamesMitIDLogin('<h1>Log ind med MitID</h1>')).toBe(true);
    expect(fileNamesMitIDLogin('title: "MitID login"')).toBe(true);
    expect(fileNamesMitIDLogin('<p>Du er logget ind med MitID.</p>')).toBe(false);
    expect(fileNamesMitIDLogin('<p>Hent MitID-appen</p>')).toBe(false);
    expect(fileNamesMitIDLogin(`${'mitid '.repeat(10_000)}Log ind med MitID`)).toBe(false);
  });
});

for (const fw of FRAMEWORKS) {
  testers[fw].run(`no-embedded-login by name and page (${fw})`, rule, {
    valid: [
      // A help film on the MitID page: named for a video, on a video host.
      valid(fw, '<h2>Sådan logger du ind med MitID</h2><iframe class="mitid-help-video" src="https://www.youtube.com/embed/x"></iframe>'),
      valid(fw, '<h2>Log ind med MitID</h2><iframe title="Video om MitID" src="https://player.vimeo.com/video/1"></iframe>'),
      // The MitID info site named for MitID is not the login.
      valid(fw, '<iframe class="mitid-frame" src="https://www.mitid.dk/"></iframe>'),
      // A login page framed on a page that never names the MitID login.
      valid(fw, '<h2>Log ind</h2><iframe src="https://min.kommune.dk/login"></iframe>'),
      // A page about MitID that frames no login page.
      valid(fw, '<h2>Log ind med MitID</h2><iframe src="https://example.com/kort"></iframe>'),
      // A hidden silent-login frame.
      valid(fw, '<h2>Log ind med MitID</h2><iframe class="mitid-frame" src="https://auth.example.dk/login?prompt=none" width="0" height="0"></iframe>'),
    ],
    invalid: [
      at(fw, '<div class="login"><iframe class="mitid-frame" src="https://idp.example.dk/oidc/start"></iframe></div>', { errors: [named('iframe', 'mitid-frame')] }),
      at(fw, '<iframe title="MitID login" src="/auth/start"></iframe>', { errors: [named('iframe', 'MitID login')] }),
      at(fw, '<h1>Log ind med MitID</h1>\n<iframe src="https://min.kommune.dk/login" width="100%" height="700"></iframe>', { errors: [loginPage('iframe', 'https://min.kommune.dk/login')] }),
      at(fw, '<h1>Godkend med MitID</h1><object data="/signering/auth/start"></object>', { errors: [loginPage('object', '/signering/auth/start')] }),
    ],
  });
}

testers.jsx.run('no-embedded-login by name and page (jsx: props, React Native)', rule, {
  valid: [
    // An address in a prop, on a frame and page that say nothing of MitID.
    { code: 'export const Report = ({ url }) => <div><p>Du er logget ind med MitID.</p><iframe src={url} title="Rapport" /></div>;\n', filename: 'r.tsx' },
    { code: "import { WebView } from 'react-native-webview';\nexport const Help = () => <WebView source={{ uri: 'https://www.mitid.dk/hjaelp' }} />;\n", filename: 'h.tsx' },
    // The MitID screen hands the login to the system browser: its web view shows something else.
    { code: "import * as WebBrowser from 'expo-web-browser';\nexport const S = () => (<View><Text>Log ind med MitID</Text><Button title=\"Log ind med MitID\" onPress={() => WebBrowser.openAuthSessionAsync(url)} /><WebView source={{ uri: 'https://www.kommune.dk/nyheder' }} /></View>);\n", filename: 's.tsx' },
    // A web view on a screen that never names the MitID login.
    { code: "export const S = () => (<View><Text>Nyheder</Text><WebView source={{ uri: 'https://www.aula.dk/' }} /></View>);\n", filename: 's.tsx' },
  ],
  invalid: [
    { code: 'export const Login = ({ mitidLoginUrl }) => <iframe src={mitidLoginUrl} />;\n', filename: 'l.tsx', errors: [named('iframe', 'mitidLoginUrl')] },
    {
      code: "import { WebView } from 'react-native-webview';\nexport function MitIDScreen() {\n  return (<View><Text>Log ind med MitID</Text><WebView source={{ uri: 'https://min.kommune.dk/login' }} /></View>);\n}\n",
      filename: 's.tsx',
      errors: [{ messageId: 'loginPageWebView', data: { tag: 'WebView', url: 'https://min.kommune.dk/login' }, line: 3 }],
    },
    // The service's own site in a web view on the MitID login screen, with no system browser anywhere: MitID is embedded.
    {
      code: "export const AulaLogin = () => (<View><Text>Log ind med MitID</Text><WebView source={{ uri: 'https://www.aula.dk/' }} /></View>);\n",
      filename: 's.tsx',
      errors: [{ messageId: 'loginPageWebView', data: { tag: 'WebView', url: 'https://www.aula.dk/' } }],
    },
    {
      code: "export const Login = ({ url }) => <WebView testID=\"mitid-webview\" source={{ uri: url }} />;\n",
      filename: 'w.tsx',
      errors: [{ messageId: 'namedWebView', data: { tag: 'WebView', name: 'mitid-webview' } }],
    },
  ],
});
