/**
 * Vue single-file component templates (vue-eslint-parser's VElement) seen as ElementViews.
 * `v-if`/`v-else-if`/`v-else` siblings are one choice; `v-text`/`v-html` replace the children.
 */
import { parseFragment } from 'parse5';
import { nodes, prop } from '../ast.js';
import { allElements, unknownNode, type MarkupSource } from './markup.js';
import { once } from './once.js';
import type { AttrView, ChildView, ElementView, Node, Written } from './types.js';

const PASCAL = (kebab: string): string => kebab.replace(/(?:^|-)([a-z\d])/g, (_, c: string) => c.toUpperCase());

interface VAttr {
  name: string;
  event?: string;
  value?: Written;
  directive?: string;
}

function vAttr(a: Node): VAttr | undefined {
  const key = prop(a, 'key');
  const value = prop(a, 'value');
  if (!key) return undefined;
  if (!a['directive']) {
    const out: VAttr = { name: String(key['rawName'] ?? key['name']).toLowerCase() };
    if (value) {
      // VLiteral's range includes the quotes when there are any.
      const text = String(value['value']);
      const quoted = value.range[1] - value.range[0] === text.length + 2;
      out.value = { parts: [text], range: quoted ? [value.range[0] + 1, value.range[1] - 1] : value.range, literal: { quote: '' } };
    }
    return out;
  }
  const directive = String(prop(key, 'name')?.['name'] ?? '');
  const argument = prop(key, 'argument');
  const arg = argument?.type === 'VIdentifier' ? String(argument['rawName'] ?? argument['name']) : undefined;
  const expression = value && prop(value, 'expression');
  const written: Written | undefined = expression ? { parts: [expression], range: expression.range } : undefined;
  if (directive === 'on') return written ? { name: `on${arg ?? ''}`, event: arg?.toLowerCase() ?? '', value: written, directive } : { name: `on${arg ?? ''}`, event: arg?.toLowerCase() ?? '', directive };
  if (directive === 'bind' && arg) return written ? { name: arg.toLowerCase(), value: written, directive } : { name: arg.toLowerCase(), directive };
  return written ? { name: `v-${directive}`, value: written, directive } : { name: `v-${directive}`, directive };
}

class VueElementView implements ElementView {
  readonly framework = 'vue';
  readonly name: string;
  readonly component: boolean;
  readonly range;
  readonly nameRange;
  private parsed?: { attrs: AttrView[]; events: string[]; text?: Node };
  private childList?: ChildView[];

  constructor(readonly key: Node) {
    const raw = String(key['rawName'] ?? key['name'] ?? '');
    const isComponent = /[A-Z]/.test(raw) || (raw.includes('-') && raw !== 'mitid-button' && key['namespace'] === 'http://www.w3.org/1999/xhtml' && !/^(?:font-face|annotation-xml|color-profile|missing-glyph)/.test(raw) && !raw.startsWith('mitid-'));
    this.component = isComponent;
    this.name = isComponent && raw.includes('-') ? PASCAL(raw) : isComponent ? raw : raw.toLowerCase();
    this.range = key.range;
    const start = prop(key, 'startTag');
    this.nameRange = start ? ([start.range[0] + 1, start.range[0] + 1 + raw.length] as [number, number]) : key.range;
  }

  private read(): { attrs: AttrView[]; events: string[]; text?: Node } {
    if (this.parsed) return this.parsed;
    const attrs: AttrView[] = [];
    const events: string[] = [];
    let text: Node | undefined;
    const start = prop(this.key, 'startTag');
    for (const a of start ? nodes(start, 'attributes') : []) {
      const v = vAttr(a);
      if (!v) continue;
      if (v.event !== undefined) events.push(v.event);
      if ((v.name === 'v-text' || v.name === 'v-html') && v.value) text = v.value.parts[0] as Node;
      const view: AttrView = { name: v.name, range: a.range };
      if (v.value) view.value = v.value;
      attrs.push(view);
    }
    this.parsed = text ? { attrs, events, text } : { attrs, events };
    return this.parsed;
  }

  get attrs(): AttrView[] {
    return this.read().attrs;
  }

  get events(): string[] {
    return this.read().events;
  }

  get children(): ChildView[] {
    if (this.childList) return this.childList;
    const text = this.read().text;
    this.childList = text ? [{ kind: 'expr', node: text }] : vueChildren(this.key);
    return this.childList;
  }

  parent(): ElementView | undefined {
    const p = this.key.parent;
    return p?.type === 'VElement' ? vueElement(p) : undefined;
  }
}

const conditional = (e: ElementView): string | undefined => e.attrs.find((a) => a.name === 'v-if' || a.name === 'v-else-if' || a.name === 'v-else')?.name;

export function vueChildren(parent: Node): ChildView[] {
  const out: ChildView[] = [];
  let chain: ChildView[] | undefined;
  for (const c of nodes(parent, 'children')) {
    if (c.type === 'VText') {
      if (chain && !String(c['value']).trim()) continue;
      chain = undefined;
      out.push({ kind: 'text', text: String(c['value']), range: c.range });
    } else if (c.type === 'VExpressionContainer') {
      chain = undefined;
      const e = prop(c, 'expression');
      if (e) out.push({ kind: 'expr', node: e });
    } else if (c.type === 'VElement') {
      const element = vueElement(c);
      const branch = conditional(element);
      const child: ChildView = { kind: 'element', element };
      if (branch === 'v-if') {
        chain = [child];
        out.push({ kind: 'choice', options: chain });
      } else if (branch && chain) chain.push(child);
      else {
        chain = undefined;
        out.push(child);
      }
    }
  }
  // A lone v-if renders its branch or nothing.
  for (const c of out) if (c.kind === 'choice' && c.options.length === 1 && c.options[0]?.kind === 'element' && conditional(c.options[0].element) === 'v-if') c.options.push({ kind: 'text', text: '', range: c.options[0].element.range });
  return out;
}

const views = new WeakMap<Node, ElementView>();

export function vueElement(node: Node): ElementView {
  return once(views, node, () => new VueElementView(node));
}

const rawMarkup = new WeakMap<Node, ElementView[]>();

/**
 * The elements inside a `<noscript>`: vue-eslint-parser (as Vue's compiler) keeps its content as
 * raw text, which a browser without scripting renders as markup (the fallback login link).
 */
export function noscriptElements(node: Node, text: string): ElementView[] {
  if (String(node['name']).toLowerCase() !== 'noscript') return [];
  return once(rawMarkup, node, () =>
    nodes(node, 'children').flatMap((c) => {
      if (c.type !== 'VText') return [];
      const [start, end] = c.range;
      const src: MarkupSource = {
        framework: 'vue',
        text: text.slice(start, end),
        toSource: (offset) => start + offset,
        holes: /\{\{[\s\S]*?\}\}/,
        holeNode: (m, at) => unknownNode([start + at, start + at + m[0].length]),
      };
      return [...allElements(parseFragment(src.text, { sourceCodeLocationInfo: true, scriptingEnabled: false }).childNodes, src)];
    }),
  );
}
