/**
 * Flutter (Dart): `ElevatedButton`/`TextButton`/`OutlinedButton`/`FilledButton`/`CupertinoButton`
 * with a `Text('…')` child (or `label:`), `.arb` messages (`AppLocalizations.of(context)!.loginMitid`);
 * `WebViewController..loadRequest`, `InAppWebView(initialUrlRequest:)`, `WebView(initialUrl:)` showing a
 * MitID login page are embedded logins (flutter_web_auth and custom tabs are fine).
 */
import type { Site } from './native.js';
import { NativeFile, type Arg, type Call } from './native-calls.js';
import { descendants, type SyntaxNode } from './tree-sitter.js';

const BUTTONS = new Set(['ElevatedButton', 'TextButton', 'OutlinedButton', 'FilledButton', 'CupertinoButton', 'MaterialButton', 'RawMaterialButton', 'FloatingActionButton']);

const CALL_TYPES = new Set(['const_object_expression', 'new_expression', 'cascade_section', 'identifier']);

/** Dart calls are an identifier followed by selectors; the last selector with arguments is the call. */
function dartCalls(root: SyntaxNode): Call[] {
  const out: Call[] = [];
  for (const n of descendants(root, (type) => CALL_TYPES.has(type))) {
    let nameNode: SyntaxNode | null = null;
    let argsNode: SyntaxNode | null | undefined;
    if (n.type === 'const_object_expression' || n.type === 'new_expression') {
      // `const Text('…')`, `new Text('…')`
      nameNode = n.namedChildren.find((c) => c?.type === 'type_identifier') ?? null;
      argsNode = n.namedChildren.find((c) => c?.type === 'arguments');
    } else if (n.type === 'cascade_section') {
      nameNode = n.namedChildren.find((c) => c?.type === 'cascade_selector')?.namedChild(0) ?? null;
      argsNode = n.namedChildren.find((c) => c?.type === 'argument_part')?.namedChildren.find((c) => c?.type === 'arguments');
    } else if (n.type === 'identifier' && n.nextNamedSibling?.type === 'selector') {
      // `Uri.parse(x)`: the call's name is the last identifier before the arguments.
      let sel: SyntaxNode | null = n.nextNamedSibling;
      nameNode = n;
      while (sel?.type === 'selector') {
        const part = sel.namedChild(0);
        if (part?.type === 'argument_part') {
          argsNode = part.namedChildren.find((c) => c?.type === 'arguments');
          break;
        }
        const id = part?.namedChildren.find((c) => c?.type === 'identifier');
        if (id) nameNode = id;
        sel = sel.nextNamedSibling;
      }
      if (argsNode) {
        const end = argsNode.endIndex;
        out.push(callOf(nameNode.text, n.startIndex, end, argsNode));
      }
      continue;
    }
    if (nameNode && argsNode) out.push(callOf(nameNode.text, n.startIndex, n.endIndex, argsNode));
  }
  return out;
}

function callOf(name: string, start: number, end: number, args: SyntaxNode): Call {
  const list: Arg[] = [];
  for (const a of args.namedChildren) {
    if (!a) continue;
    const kids = a.namedChildren.filter((c): c is SyntaxNode => !!c);
    if (a.type === 'named_argument') list.push({ label: kids[0]?.text.replace(/:$/, '') ?? '', nodes: kids.slice(1), start: a.startIndex, end: a.endIndex });
    else if (a.type === 'argument') list.push({ nodes: kids, start: a.startIndex, end: a.endIndex });
  }
  return { name, args: list, blocks: [], start, end };
}

export const dartSyntax = {
  strings: new Set(['string_literal']),
  names: /Button|loadRequest|loadUrl|WebView/,
  calls: dartCalls,
  // gen-l10n and intl_utils: AppLocalizations.of(context)!.loginMitid, S.of(context).loginMitid, context.l10n.loginMitid.
  key: (code: string) => /^(?:\w+)\.of\(\s*\w+\s*\)!?\.(\w+)$/.exec(code)?.[1] ?? /^(?:\w+\.)?l10n\.(\w+)$/.exec(code)?.[1],
};

export function flutterSites(file: NativeFile): Site[] {
  const sites: Site[] = [];
  const arg = (c: Call, label: string): Arg | undefined => c.args.find((a) => a.label === label);
  for (const c of file.calls) {
    if (BUTTONS.has(c.name) || /^(?:Elevated|Text|Outlined|Filled)Button\.icon$/.test(c.name)) {
      const values = [];
      for (const label of ['child', 'label']) {
        const a = arg(c, label);
        if (a) for (const t of file.inside(a.start, a.end)) if (t.name === 'Text' && t.args[0] && !t.args[0].label) values.push(...file.texts(t.args[0].nodes));
      }
      if (values.length) sites.push({ kind: 'cta', values, range: [c.start, c.end] });
    } else if (/Button$/.test(c.name)) {
      const site = file.labelled(c);
      if (site) sites.push(site);
    } else if (c.name === 'loadRequest' || c.name === 'loadUrl') {
      const a = c.args[0];
      if (a) sites.push({ kind: 'webview', component: 'WebViewController', url: file.address(a), range: [c.start, c.end] });
    } else if (c.name === 'InAppWebView' || c.name === 'WebView') {
      const a = arg(c, 'initialUrlRequest') ?? arg(c, 'initialUrl');
      if (a) sites.push({ kind: 'webview', component: c.name, url: file.address(a), range: [c.start, c.end] });
    }
  }
  return sites;
}
