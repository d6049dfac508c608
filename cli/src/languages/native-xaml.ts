/**
 * .NET MAUI/Xamarin/WPF XAML (`<Button Text="…"/>`, `<WebView Source="…"/>`), Android layouts
 * (`<Button android:text="@string/…"/>`), read with htmlparser2's XML mode; and MAUI code in C#
 * (`new Button { Text = … }`, `new WebView { Source = … }`) from the C# syntax tree.
 */
import { Parser } from 'htmlparser2';
import type { Site, Value } from './native.js';
import { NOT_CTA_BUTTON, stringSegments } from './native-calls.js';
import { descendants, type SyntaxNode } from './tree-sitter.js';

type Range = [number, number];

/** A XAML attribute value: markup extensions are bindings (unknown) or resource keys. */
function xamlValue(raw: string, range: Range): Value {
  const ext = /^\{\s*([\w:]+)\s*([^}]*)\}$/.exec(raw.trim());
  if (!ext) return { kind: 'text', segments: [raw], range };
  // {x:Static res:AppResources.LoginMitID}, {loc:Translate LoginMitID}, {StaticResource LoginMitID}
  const key = /^x:Static$/.test(ext[1] as string) ? /\.(\w+)$/.exec(ext[2] as string)?.[1] : /(?:Translate|Localize|Loc|Localization|StaticResource|DynamicResource)$/.test(ext[1] as string) ? /^(?:Key\s*=\s*)?['"]?([\w.]+)/.exec((ext[2] as string).trim())?.[1] : undefined;
  return key ? { kind: 'key', key, range } : { kind: 'unknown', range };
}

/** Elements that show a text: inside a button (`<dx:DXButton><Label Text="…"/></dx:DXButton>`) they are its text. */
const LABELS = new Set(['Label', 'TextBlock', 'Span', 'FormattedString', 'AccessText', 'Run']);

/** A label's texts as one: the spans of a `FormattedString` read as a sentence. */
function joined(parts: Value[]): Value[] {
  const first = parts[0];
  const last = parts.at(-1);
  if (!first || !last || parts.length === 1 || !parts.every((p) => p.kind === 'text' && p.segments.length === 1)) return parts;
  return [{ kind: 'text', segments: [parts.map((p) => (p.kind === 'text' ? p.segments[0] : '')).join('')], range: [first.range[0], last.range[1]] }];
}

/** XAML and Android layout XML. `android`: Android's `@string/x` keys and `android:text`. */
export function xmlSites(text: string, android: boolean): Site[] {
  const sites: Site[] = [];
  /** `shown`: the texts of label elements inside, for the button around them. */
  type Open = { name: string; start: number; attrs: Map<string, { value: string; range: Range }>; text: string; textStart: number; shown: Value[] };
  const stack: Open[] = [];
  let attrs = new Map<string, { value: string; range: Range }>();
  const parser: Parser = new Parser(
    {
      onattribute(name, value) {
        const raw = text.slice(parser.startIndex, parser.endIndex + 1);
        const at = raw.lastIndexOf(value);
        const start = parser.startIndex + Math.max(0, at);
        attrs.set(name, { value, range: [start, start + value.length] });
      },
      onopentag(name) {
        stack.push({ name, start: parser.startIndex, attrs, text: '', textStart: parser.endIndex + 1, shown: [] });
        attrs = new Map();
      },
      ontext(t) {
        const top = stack.at(-1);
        if (top) top.text += t;
      },
      onclosetag() {
        const el = stack.pop();
        if (!el) return;
        const base = el.name.slice(el.name.lastIndexOf('.') + 1).replace(/^.*:/, '');
        const range: Range = [el.start + 1, el.start + 1 + el.name.length];
        const own: Value[] = el.text.trim() ? [{ kind: 'text', segments: [el.text], range: [el.textStart, el.textStart + el.text.length] }] : [];
        const parent = stack.at(-1);
        if (!android && LABELS.has(base)) {
          const a = el.attrs.get('Text');
          parent?.shown.push(...(a ? [xamlValue(a.value, a.range)] : joined([...el.shown, ...own])));
        } else if (/Button$/.test(base) && !NOT_CTA_BUTTON.test(base)) {
          const values: Value[] = [];
          for (const name of android ? ['android:text'] : ['Text', 'Content']) {
            const a = el.attrs.get(name);
            if (!a) continue;
            const key = android ? /^@string\/(\w+)$/.exec(a.value)?.[1] : undefined;
            values.push(key ? { kind: 'key', key, range: a.range } : android ? { kind: 'text', segments: [a.value], range: a.range } : xamlValue(a.value, a.range));
          }
          if (!android) values.push(...own, ...el.shown);
          if (values.length) sites.push({ kind: 'cta', values, range });
        } else if (!android && (base === 'WebView' || base === 'UrlWebViewSource')) {
          const a = el.attrs.get(base === 'WebView' ? 'Source' : 'Url');
          if (a) sites.push({ kind: 'webview', component: 'WebView', url: xamlValue(a.value, a.range), range });
        }
        // A layout inside a button (`<Button><StackPanel><TextBlock …/></StackPanel></Button>`) passes its labels' texts on.
        if (parent && !LABELS.has(base) && !/Button$/.test(base)) for (const v of el.shown) parent.shown.push(v);
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.end(text);
  return sites;
}

const CS_STRINGS = new Set(['string_literal', 'verbatim_string_literal', 'raw_string_literal', 'interpolated_string_expression']);

function csValue(node: SyntaxNode | null, text: string): Value {
  const range: Range = [node?.startIndex ?? 0, node?.endIndex ?? 0];
  if (!node) return { kind: 'unknown', range };
  if (CS_STRINGS.has(node.type)) return { kind: 'text', segments: stringSegments(node, text), range };
  const key = /^(?:AppResources|Resources|Strings|Resource)\.(\w+)$/.exec(node.text)?.[1];
  return key ? { kind: 'key', key, range } : { kind: 'unknown', range };
}

/** MAUI views built in C#. */
export function csharpSites(root: SyntaxNode, text: string): Site[] {
  const sites: Site[] = [];
  for (const n of descendants(root, (type) => type === 'object_creation_expression' || type === 'assignment_expression')) {
    if (n.type === 'object_creation_expression') {
      const type = n.childForFieldName('type')?.text.replace(/^.*\./, '') ?? '';
      const init = n.childForFieldName('initializer') ?? n.namedChildren.find((c) => c?.type === 'initializer_expression') ?? null;
      const assigned = (name: string): SyntaxNode | null => {
        for (const a of init?.namedChildren ?? []) if (a?.type === 'assignment_expression' && a.childForFieldName('left')?.text === name) return a.childForFieldName('right');
        return null;
      };
      const range: Range = [n.startIndex, n.endIndex];
      if (/Button$/.test(type)) {
        const value = assigned('Text') ?? assigned('Content');
        if (value) sites.push({ kind: 'cta', values: [csValue(value, text)], range });
      } else if (type === 'WebView' || type === 'UrlWebViewSource') {
        const value = assigned(type === 'WebView' ? 'Source' : 'Url');
        if (value) sites.push({ kind: 'webview', component: 'WebView', url: csValue(value, text), range });
      }
    } else if (n.type === 'assignment_expression') {
      // webView.Source = "https://..."
      const left = n.childForFieldName('left')?.text ?? '';
      if (/webview\w*\.Source$/i.test(left)) sites.push({ kind: 'webview', component: 'WebView', url: csValue(n.childForFieldName('right'), text), range: [n.startIndex, n.endIndex] });
    }
  }
  return sites;
}
