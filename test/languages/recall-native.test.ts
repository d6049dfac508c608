/**
 * Native-app recall found missing by the held-out evaluation (issue 11): a third-party XAML button
 * whose text is a child label, an app's own button view taking its text as an argument, and a
 * button's Text(<name>) resolved through the file's own declarations. Each with where it stays silent.
 */
import { describe, expect, it } from 'vitest';
import { at, check } from './helpers.js';

const NEAR = 'mitid/approved-text';

describe('XAML: a button of any namespace whose text is a child label', () => {
  const src = [
    '<ContentPage xmlns="http://schemas.microsoft.com/dotnet/2021/maui" xmlns:dx="clr-namespace:DevExpress.Maui.Core;assembly=DevExpress.Maui.Core"',
    '             xmlns:syncfusion="clr-namespace:Syncfusion.Maui.Buttons;assembly=Syncfusion.Maui.Buttons" xmlns:material="clr-namespace:Material">',
    '  <StackLayout>',
    '    <Label Text="Log ind med MitId" FontSize="30"/>',
    '    <Button Text="Fortsæt" Clicked="OnNext"/>',
    '    <dx:DXButton Clicked="OnLoginButtonClicked" HeightRequest="50">',
    '      <Label TextColor="White" Text="Login med MitID"/>',
    '    </dx:DXButton>',
    '    <syncfusion:SfButton>',
    '      <syncfusion:SfButton.Content>',
    '        <StackLayout Orientation="Horizontal"><Image Source="mitid.png"/><Label Text="Log på med MitID"/></StackLayout>',
    '      </syncfusion:SfButton.Content>',
    '    </syncfusion:SfButton>',
    '    <material:MaterialButton>',
    '      <Label><Label.FormattedText><FormattedString><Span Text="Login with "/><Span Text="MitID" FontAttributes="Bold"/></FormattedString></Label.FormattedText></Label>',
    '    </material:MaterialButton>',
    '    <dx:DXButton><Label Text="Hvad er MitID?"/></dx:DXButton>',
    '    <RadioButton><Label Text="Login med MitID"/></RadioButton>',
    '    <dx:DXButton><Label Text="Log ind med MitID"/></dx:DXButton>',
    '  </StackLayout>',
    '</ContentPage>',
  ].join('\n');

  it('the child Label, a Label inside a layout in the button, a FormattedString read as one text', async () => {
    const r = await check('Views/LoginPage.xaml', { 'Views/LoginPage.xaml': src });
    expect(r.where).toEqual([`${at(src, 'Login med MitID')} ${NEAR}`, `${at(src, 'Log på med MitID')} ${NEAR}`, `${at(src, 'Login with ')} ${NEAR}`]);
    expect(r.messages[0]).toContain('"Log ind med MitID"');
    expect(r.messages[2]).toContain('Login with MitID');
  });

  it('WPF: a TextBlock child of a Telerik button, its text content', async () => {
    const wpf = '<Window xmlns:telerik="http://schemas.telerik.com/2008/xaml/presentation">\n  <telerik:RadButton Click="Login">\n    <TextBlock>Log ind med MitId</TextBlock>\n  </telerik:RadButton>\n  <TextBlock>Login med MitID</TextBlock>\n</Window>\n';
    const r = await check('MainWindow.xaml', { 'MainWindow.xaml': wpf });
    expect(r.where).toEqual([`${at(wpf, 'Log ind med MitId')} ${NEAR}`]);
  });
});

describe('SwiftUI: the app’s own button view and Text(<name>) in a Button', () => {
  const src = [
    'import SwiftUI',
    '',
    'struct LoginView: View {',
    '  @ObservedObject var viewModel: LoginViewModel',
    '  let continueTitle = "Continue with MitID"',
    '',
    '  var body: some View {',
    '    VStack {',
    '      Text("Welcome back")',
    '      HopPrimaryButton(title: "Log In", isLoading: false, isEnabled: true) { viewModel.login() }',
    '      // Continue with MitID (disabled)',
    '      HopGhostButton(title: "Continue with MitID", isEnabled: false) { toast = "Coming soon" }',
    '      HelpButton(title: "Hvad er MitID?") { showHelp = true }',
    '      SettingsRow(title: "Log ind med MitId", value: "MitID")',
    '      Button(action: { viewModel.resumeLastSchoolLogin() }) {',
    '        HStack {',
    '          Image(systemName: "person.badge.key.fill")',
    '          Text(resumeCTATitle).font(.headline)',
    '        }',
    '      }',
    '      Text(resumeSubtitle)',
    '      Label("Login med MitID", systemImage: "lock")',
    '      Button { viewModel.go() } label: { Text(continueTitle) }',
    '    }',
    '    .navigationTitle("Log ind med MitId")',
    '  }',
    '',
    '  private var resumeCTATitle: String {',
    '    if let name = viewModel.lastSchoolHint?.schoolName {',
    '      return "Log ind igen, \\(name)"',
    '    }',
    '    return "Log ind igen med MitID"',
    '  }',
    '',
    '  private var resumeSubtitle: String { "Login med MitID for at fortsætte" }',
    '}',
  ].join('\n');

  it('a *Button view’s title:, a computed property’s literal and a let constant, at the argument', async () => {
    const r = await check('App/LoginView.swift', { 'App/LoginView.swift': src });
    expect(r.where).toEqual([`${at(src, '"Continue with MitID", isEnabled')} ${NEAR}`, `${at(src, 'resumeCTATitle)')} ${NEAR}`, `${at(src, 'continueTitle)')} ${NEAR}`]);
    expect(r.messages[1]).toContain('Log ind igen med MitID');
  });

  it('each branch of a ternary property is a state text; a name declared twice is not known', async () => {
    const two = [
      'struct A: View {',
      '  let label = "Login med MitID"',
      '  var cta: String { isNew ? "Opret med MitID" : "Log ind med MitID" }',
      '  var body: some View { Button(cta) { go() } }',
      '}',
      'struct B: View {',
      '  let label = "Log ind med MitID"',
      '  var body: some View { Button(action: go) { Text(label) } }',
      '}',
    ].join('\n');
    const r = await check('Two.swift', { 'Two.swift': two });
    expect(r.where).toEqual([`${at(two, 'cta) {')} ${NEAR}`]);
    expect(r.messages[0]).toContain('Opret med MitID');
  });
});

describe('Kotlin/Compose: a *Button composable’s text and same-file vals', () => {
  const src = [
    'package dk.app',
    '',
    'private val loginLabel = "Log på med MitID"',
    'private val retryLabel: String',
    '  get() {',
    '    return if (expired) "Login med MitID igen" else "Log ind med MitID"',
    '  }',
    'private val helpLabel get() = "Login med MitID"',
    '',
    '@Composable',
    'fun Login(onLogin: () -> Unit) {',
    '  MitIdButton(text = "Login with MitID", onClick = onLogin)',
    '  HelpButton(text = "Hvad er MitID?", onClick = {})',
    '  SettingsRow(title = "MitID", onClick = {})',
    '  Button(onClick = onLogin) { Text(loginLabel) }',
    '  OutlinedButton(onClick = onLogin) { Text(text = retryLabel) }',
    '  Text(helpLabel)',
    '}',
  ].join('\n');

  it('text = "…" on the app’s button, a val and each branch of a getter, inside a Button only', async () => {
    const r = await check('app/src/main/java/dk/app/Login.kt', { 'app/src/main/java/dk/app/Login.kt': src });
    expect(r.where).toEqual([`${at(src, '"Login with MitID"')} ${NEAR}`, `${at(src, 'loginLabel)')} ${NEAR}`, `${at(src, 'retryLabel)')} ${NEAR}`]);
    expect(r.messages[2]).toContain('Login med MitID igen');
  });
});

describe('Flutter: a *Button widget’s label and same-file finals and getters', () => {
  const src = [
    "import 'package:flutter/material.dart';",
    '',
    'class LoginPage extends StatelessWidget {',
    "  final loginLabel = 'Log på med MitID';",
    "  String get heading => 'Login med MitID';",
    '',
    '  @override',
    '  Widget build(BuildContext context) {',
    '    return Column(children: [',
    '      Text(heading),',
    "      PrimaryButton(label: 'Login med MitID', onPressed: login),",
    "      HelpButton(label: 'Hvad er MitID?', onPressed: help),",
    "      ListTile(title: Text('MitID'), onTap: settings),",
    '      ElevatedButton(onPressed: login, child: Text(loginLabel)),',
    '    ]);',
    '  }',
    '}',
  ].join('\n');

  it("label: '…' on the app's button and Text(<final>) in an ElevatedButton; a getter shown as a heading is silent", async () => {
    const r = await check('lib/login_page.dart', { 'lib/login_page.dart': src });
    expect(r.where).toEqual([`${at(src, "'Login med MitID', onPressed")} ${NEAR}`, `${at(src, 'loginLabel))')} ${NEAR}`]);
  });

  it('a getter in a button is read too', async () => {
    const g = "class A {\n  String get cta => 'Login med MitID';\n  Widget build(c) => TextButton(onPressed: go, child: Text(cta));\n}\n";
    expect((await check('lib/a.dart', { 'lib/a.dart': g })).where).toEqual([`${at(g, 'cta))')} ${NEAR}`]);
  });
});
