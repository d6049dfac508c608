/**
 * SwiftUI and UIKit: `Button("…")`, `Button { Text("…") }`, `Button(action:) { Label("…", …) }`,
 * `UIButton.setTitle("…", for:)`; a `WKWebView`/`UIWebView` loading a MitID login page is an
 * embedded login, and so is the app's own `WebView(url:)` wrapper (ASWebAuthenticationSession and
 * SFSafariViewController are the compliant path).
 */
import type { Site } from './native.js';
import { NativeFile, suffixCalls, type Call } from './native-calls.js';
import type { SyntaxNode } from './tree-sitter.js';

const STRINGS = new Set(['line_string_literal', 'multi_line_string_literal', 'raw_string_literal']);
const BUTTONS = new Set(['Button', 'Link', 'NavigationLink']);
const TEXTS = new Set(['Text', 'Label']);

export const swiftSyntax = {
  strings: STRINGS,
  names: /Button|Link|setTitle|WebView/,
  calls: (root: SyntaxNode) => suffixCalls(root, new Set(['lambda_literal'])),
  // NSLocalizedString("login.mitid", comment: "") and String(localized: "login.mitid") name a key of Localizable.strings.
  key: (code: string) => /^(?:NSLocalizedString\(|String\(\s*localized:)\s*"([^"\\]+)"/.exec(code)?.[1],
};

export function swiftSites(file: NativeFile): Site[] {
  const sites: Site[] = [];
  const texts = (c: Call): Site | undefined => {
    const values = [];
    const first = c.args[0];
    if (first && (!first.label || first.label === 'title')) values.push(...file.texts(first.nodes));
    for (const [a, b] of c.blocks) for (const t of file.inside(a, b)) if (TEXTS.has(t.name) && t.args[0] && !t.args[0].label) values.push(...file.texts(t.args[0].nodes));
    // A Button's label closure: `Button(action: go, label: { Text("…") })`.
    for (const arg of c.args) if (arg.label === 'label') for (const t of file.inside(arg.start, arg.end)) if (TEXTS.has(t.name) && t.args[0]) values.push(...file.texts(t.args[0].nodes));
    return values.length ? { kind: 'cta', values, range: [c.start, c.end] } : undefined;
  };
  const webView = file.mentions('WKWebView') ? 'WKWebView' : file.mentions('UIWebView') ? 'UIWebView' : undefined;
  for (const c of file.calls) {
    if (BUTTONS.has(c.name)) {
      const site = texts(c);
      if (site) sites.push(site);
    } else if (/Button$/.test(c.name)) {
      const site = file.labelled(c);
      if (site) sites.push(site);
    } else if (c.name === 'setTitle' && c.args[0]) sites.push({ kind: 'cta', values: [file.value(c.args[0].nodes)], range: [c.start, c.end] });
    else if (webView && (c.name === 'load' || c.name === 'loadRequest') && c.args[0]) sites.push({ kind: 'webview', component: webView, url: file.address(c.args[0]), range: [c.start, c.end] });
    else if (/WebView$/.test(c.name)) {
      // The app's own SwiftUI wrapper around WKWebView: `WebView(url: URL(string: "…")!)`.
      const url = c.args.find((a) => /^(?:url|urlString|address|link)$/i.test(a.label ?? ''));
      if (url) sites.push({ kind: 'webview', component: c.name, url: file.address(url), range: [c.start, c.end] });
    }
  }
  return sites;
}
