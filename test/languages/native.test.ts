/**
 * Native apps (L1, L2, B7): SwiftUI/UIKit, Jetpack Compose and Android layouts, Flutter, .NET MAUI
 * (XAML and C#). Buttons whose text is a near-miss of an approved phrase (literal or through the
 * platform's catalog), and MitID login pages opened in an embedded web view.
 */
import { describe, expect, it } from 'vitest';
import { at, check } from './helpers.js';

const NEAR = 'mitid/approved-text';
const VIEW = 'mitid/no-embedded-login';
const AUTHORIZE = 'https://netseidbroker.dk/op/connect/authorize?client_id=app&response_type=code&acr_values=urn:grn:authn:dk:mitid:substantial';

describe('SwiftUI and UIKit', () => {
  const src = [
    'import SwiftUI',
    'import WebKit',
    '',
    `let authorizeURL = "${AUTHORIZE}"`,
    '',
    'struct LoginView: View {',
    '  var body: some View {',
    '    VStack {',
    '      Text("Hvad er MitID?")',
    '      Button("Log ind med MitId") { model.login() }',
    '      Button(action: model.login) {',
    '        HStack { Image("mitid-logo"); Text("Login med MitID") }',
    '      }',
    '      Button("Log ind med MitID") { model.login() }',
    '    }',
    '  }',
    '}',
    '',
    'final class LegacyLogin: UIViewController {',
    '  let webView = WKWebView()',
    '  override func viewDidLoad() {',
    '    button.setTitle("Log på med MitID", for: .normal)',
    '    webView.load(URLRequest(url: URL(string: authorizeURL)!))',
    '  }',
    '}',
  ].join('\n');

  it('button texts and a WKWebView loading the broker, at their place', async () => {
    const r = await check('App/LoginView.swift', { 'App/LoginView.swift': src });
    expect(r.where).toEqual([
      `${at(src, '"Log ind med MitId"')} ${NEAR}`,
      `${at(src, '"Login med MitID"')} ${NEAR}`,
      `${at(src, '"Log på med MitID"')} ${NEAR}`,
      `${at(src, 'webView.load')} ${VIEW}`,
    ]);
    expect(r.messages[3]).toContain('embedded WKWebView');
    expect(r.findings.every((f) => f.tool === 'native')).toBe(true);
  });

  it('ASWebAuthenticationSession and SFSafariViewController are the compliant path', async () => {
    const ok = `import AuthenticationServices\nlet session = ASWebAuthenticationSession(url: URL(string: "${AUTHORIZE}")!, callbackURLScheme: "app") { _, _ in }\nlet safari = SFSafariViewController(url: URL(string: "${AUTHORIZE}")!)\nButton("Log ind med MitID") { session.start() }\n`;
    expect((await check('Login.swift', { 'Login.swift': ok })).where).toEqual([]);
  });

  it('a WKWebView showing the information site or a dynamic URL is fine', async () => {
    const src2 = 'let w = WKWebView()\nw.load(URLRequest(url: URL(string: "https://www.mitid.dk/")!))\nw.load(URLRequest(url: url))\n';
    expect((await check('Help.swift', { 'Help.swift': src2 })).where).toEqual([]);
  });

  it("the app's own login page in its WebView wrapper, on a screen titled for the MitID login", async () => {
    const screen = 'struct LoginView: View {\n  var body: some View {\n    VStack {\n      Text("Log ind med MitID").font(.title)\n      WebView(url: URL(string: "https://min.kommune.dk/login")!)\n    }\n  }\n}\n';
    const r = await check('App/LoginView.swift', { 'App/LoginView.swift': screen });
    expect(r.where).toEqual([`${at(screen, 'WebView(url')} ${VIEW}`]);
    expect(r.messages[0]).toContain('on a screen about the MitID login');
    // The same login page on a screen that never names the MitID login, and a help page on the MitID screen: fine.
    const plain = screen.replace('Log ind med MitID', 'Log ind');
    const help = screen.replace('https://min.kommune.dk/login', 'https://min.kommune.dk/hjaelp');
    expect((await check('App/A.swift', { 'App/A.swift': plain })).where).toEqual([]);
    expect((await check('App/B.swift', { 'App/B.swift': help })).where).toEqual([]);
  });

  it("the service's own site in a web view on the MitID login screen embeds MitID, unless the screen uses the system browser", async () => {
    const screen = 'import WebKit\nstruct AulaLogin: View {\n  let webView = WKWebView()\n  var body: some View {\n    Text("Log ind med MitID")\n  }\n  func start() {\n    webView.load(URLRequest(url: URL(string: "https://www.aula.dk/")!))\n  }\n}\n';
    const r = await check('App/AulaLogin.swift', { 'App/AulaLogin.swift': screen });
    expect(r.where).toEqual([`${at(screen, 'webView.load')} ${VIEW}`]);
    const safe = screen.replace('import WebKit', 'import WebKit\nimport AuthenticationServices\nlet s = ASWebAuthenticationSession.self');
    expect((await check('App/C.swift', { 'App/C.swift': safe })).where).toEqual([]);
  });
});

describe('Kotlin, Compose and Android layouts', () => {
  const strings = '<?xml version="1.0" encoding="utf-8"?>\n<resources>\n  <string name="login_mitid">Log ind med MitID</string>\n  <string name="about_mitid">Hvad er MitID?</string>\n</resources>\n';
  const stringsEn = '<resources>\n  <string name="login_mitid">Login with MitID</string>\n</resources>\n';

  it('Compose: Text in a Button, stringResource through res/values*/strings.xml', async () => {
    const src = 'package dk.app\n\n@Composable\nfun Login(onLogin: () -> Unit) {\n  Text(stringResource(R.string.about_mitid))\n  Button(onClick = onLogin) {\n    Text(text = stringResource(R.string.login_mitid))\n  }\n  OutlinedButton(onClick = onLogin) { Text("Log ind med MitId") }\n}\n';
    const r = await check('app/src/main/java/dk/app/Login.kt', { 'app/src/main/java/dk/app/Login.kt': src, 'app/src/main/res/values/strings.xml': strings, 'app/src/main/res/values-en/strings.xml': stringsEn });
    expect(r.where).toEqual([`${at(src, 'stringResource(R.string.login_mitid)')} ${NEAR}`, `${at(src, '"Log ind med MitId"')} ${NEAR}`]);
    expect(r.messages[0]).toContain('Message "login_mitid" (en) reads "Login with MitID"');
  });

  it('WebView.loadUrl of the broker; Custom Tabs are fine', async () => {
    const src = `const val AUTH = "${AUTHORIZE}"\nclass A : Activity() {\n  fun web() { webView.loadUrl(AUTH) }\n  fun tabs() { CustomTabsIntent.Builder().build().launchUrl(this, Uri.parse(AUTH)) }\n}\n`;
    const r = await check('A.kt', { 'A.kt': src });
    expect(r.where).toEqual([`${at(src, 'webView.loadUrl')} ${VIEW}`]);
  });

  it('Android layout XML: android:text literal and @string/', async () => {
    const layout = '<LinearLayout xmlns:android="http://schemas.android.com/apk/res/android">\n  <TextView android:text="@string/about_mitid"/>\n  <com.google.android.material.button.MaterialButton\n    android:id="@+id/mitid"\n    android:text="Login med MitID"/>\n  <Button android:text="@string/login_mitid"/>\n</LinearLayout>\n';
    const r = await check('app/src/main/res/layout/activity_login.xml', { 'app/src/main/res/layout/activity_login.xml': layout, 'app/src/main/res/values/strings.xml': strings, 'app/src/main/res/values-en/strings.xml': stringsEn });
    expect(r.where).toEqual([`${at(layout, 'Login med MitID')} ${NEAR}`, `${at(layout, '@string/login_mitid')} ${NEAR}`]);
  });
});

describe('Flutter', () => {
  it('button children, .arb messages and web views', async () => {
    const src = [
      "import 'package:flutter/material.dart';",
      "import 'package:webview_flutter/webview_flutter.dart';",
      '',
      "const kAuthorize = '" + AUTHORIZE + "';",
      '',
      'class LoginPage extends StatelessWidget {',
      '  @override',
      '  Widget build(BuildContext context) {',
      '    return Column(children: [',
      "      const Text('Hvad er MitID?'),",
      '      ElevatedButton(onPressed: login, child: Text(AppLocalizations.of(context)!.loginMitid)),',
      "      TextButton(onPressed: login, child: const Text('Login med MitID')),",
      '      WebViewWidget(controller: WebViewController()..loadRequest(Uri.parse(kAuthorize))),',
      '    ]);',
      '  }',
      '}',
    ].join('\n');
    const arbDa = '{\n  "@@locale": "da",\n  "loginMitid": "Log ind via MitID",\n  "@loginMitid": { "description": "MitID button" }\n}\n';
    const r = await check('lib/login_page.dart', { 'lib/login_page.dart': src, 'lib/l10n/app_da.arb': arbDa, 'lib/l10n/app_en.arb': '{"loginMitid": "Log on with MitID"}' });
    expect(r.where).toEqual([`${at(src, 'AppLocalizations.of')} ${NEAR}`, `${at(src, "'Login med MitID'")} ${NEAR}`, `${at(src, '..loadRequest')} ${VIEW}`]);
    expect(r.messages[0]).toContain('Message "loginMitid" (da) reads "Log ind via MitID"');
  });

  it('InAppWebView and the old WebView(initialUrl:); flutter_web_auth is fine', async () => {
    const src = `final a = InAppWebView(initialUrlRequest: URLRequest(url: WebUri('${AUTHORIZE}')));\nfinal b = WebView(initialUrl: '${AUTHORIZE}');\nfinal c = FlutterWebAuth2.authenticate(url: '${AUTHORIZE}', callbackUrlScheme: 'app');\n`;
    const r = await check('lib/web.dart', { 'lib/web.dart': src });
    expect(r.where).toEqual([`1:11 ${VIEW}`, `2:11 ${VIEW}`]);
  });
});

describe('.NET MAUI and Xamarin', () => {
  const resx = '<root>\n  <data name="LoginMitID" xml:space="preserve"><value>Log ind med MitId</value></data>\n</root>\n';

  it('XAML: Button Text literal and x:Static resources, WebView Source', async () => {
    const xaml = `<ContentPage xmlns="http://schemas.microsoft.com/dotnet/2021/maui" xmlns:res="clr-namespace:App.Resources">\n  <Label Text="Hvad er MitID?"/>\n  <Button Text="Login med MitID" Clicked="OnLogin"/>\n  <Button Text="{x:Static res:AppResources.LoginMitID}"/>\n  <Button Text="{Binding LoginText}"/>\n  <WebView Source="${AUTHORIZE.replace(/&/g, '&amp;')}"/>\n</ContentPage>\n`;
    const r = await check('Views/LoginPage.xaml', { 'Views/LoginPage.xaml': xaml, 'Resources/AppResources.resx': resx });
    expect(r.where).toEqual([`${at(xaml, 'Login med MitID')} ${NEAR}`, `${at(xaml, '{x:Static')} ${NEAR}`, `${at(xaml, 'WebView')} ${VIEW}`]);
    expect(r.messages[1]).toContain('Message "LoginMitID" (default) reads "Log ind med MitId"');
  });

  it('C#: new Button { Text = … } and new WebView { Source = … }', async () => {
    const cs = `public class LoginPage : ContentPage {\n  public LoginPage() {\n    Content = new StackLayout { Children = {\n      new Button { Text = "Log på med MitID" },\n      new Button { Text = "Log ind med MitID" },\n      new WebView { Source = "${AUTHORIZE}" },\n    } };\n  }\n}\n`;
    const r = await check('LoginPage.cs', { 'LoginPage.cs': cs });
    expect(r.where).toEqual([`${at(cs, '"Log på med MitID"')} ${NEAR}`, `${at(cs, 'new WebView')} ${VIEW}`]);
  });
});
