/**
 * Kotlin (Jetpack Compose and Android views): `Button(onClick) { Text("…") }`, `Text(stringResource(R.string.x))`,
 * `button.setText(…)`; `WebView.loadUrl(<MitID login page>)` is an embedded login (Custom Tabs are fine).
 */
import type { Site } from './native.js';
import { NativeFile, suffixCalls } from './native-calls.js';
import type { SyntaxNode } from './tree-sitter.js';

const BUTTONS = new Set(['Button', 'TextButton', 'OutlinedButton', 'ElevatedButton', 'FilledTonalButton', 'FilledButton', 'ExtendedFloatingActionButton']);

export const kotlinSyntax = {
  strings: new Set(['string_literal', 'multiline_string_literal']),
  names: /Button|setText|loadUrl|postUrl/,
  calls: (root: SyntaxNode) => suffixCalls(root, new Set(['annotated_lambda', 'lambda_literal'])),
  key: (code: string) => /^(?:stringResource|(?:\w+\.)*getString)\(\s*R\.string\.(\w+)/.exec(code)?.[1] ?? /^R\.string\.(\w+)$/.exec(code)?.[1],
};

export function kotlinSites(file: NativeFile): Site[] {
  const sites: Site[] = [];
  for (const c of file.calls) {
    if (BUTTONS.has(c.name)) {
      const values = [];
      for (const [a, b] of c.blocks) for (const t of file.inside(a, b)) if (t.name === 'Text' && t.args[0]) values.push(...file.texts(t.args[0].nodes));
      if (values.length) sites.push({ kind: 'cta', values, range: [c.start, c.end] });
    } else if (/Button$/.test(c.name)) {
      const site = file.labelled(c);
      if (site) sites.push(site);
    } else if (c.name === 'setText' && c.args[0] && /button|btn|mitid|login/i.test(c.receiver ?? '')) sites.push({ kind: 'cta', values: [file.value(c.args[0].nodes)], range: [c.start, c.end] });
    else if ((c.name === 'loadUrl' || c.name === 'postUrl') && c.args[0]) sites.push({ kind: 'webview', component: 'WebView', url: file.address(c.args[0]), range: [c.start, c.end] });
  }
  return sites;
}
