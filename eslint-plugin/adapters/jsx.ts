/**
 * JSX/TSX (React, Preact, Solid, React Native): a JSXElement seen as an ElementView.
 * Attributes and children are read lazily: most elements are dismissed by name alone.
 */
import { isNode, nodes, prop } from '../ast.js';
import { once } from './once.js';
import type { AttrView, ChildView, ElementView, Node, Written } from './types.js';

/** Astro's `class:list` is its class attribute (clsx-style values). */
const RENAMED: Record<string, string> = { classname: 'class', class: 'class', 'class:list': 'class', htmlfor: 'for', tabindex: 'tabindex' };
/** React's `onClick`, or the DOM's own `onclick` (Astro, Preact, Solid), as HTML markup reads it. */
const EVENT = /^on(?:([A-Z]\w*)|([a-z]+))$/;

export function jsxName(name: Node | undefined): string {
  if (!name) return '';
  if (name.type === 'JSXIdentifier') return name['name'] as string;
  if (name.type === 'JSXNamespacedName') return `${jsxName(prop(name, 'namespace'))}:${jsxName(prop(name, 'name'))}`;
  if (name.type === 'JSXMemberExpression') return `${jsxName(prop(name, 'object'))}.${jsxName(prop(name, 'property'))}`;
  return '';
}

/** JSX's white space rule: lines are trimmed, white space with a line break disappears. */
export function jsxVisibleText(raw: string): string {
  if (!/[\r\n]/.test(raw)) return raw;
  const lines = raw.split(/\r\n|\r|\n/);
  return lines
    .map((line, i) => (i === 0 ? line.trimEnd() : i === lines.length - 1 ? line.trimStart() : line.trim()))
    .filter(Boolean)
    .join(' ');
}

function value(v: Node | undefined): Written | undefined {
  if (!v) return undefined;
  if (v.type === 'Literal') return { parts: [String(v['value'])], range: v.range, literal: { quote: String(v['raw'])[0] ?? '"' } };
  if (v.type === 'JSXExpressionContainer') {
    const e = prop(v, 'expression');
    return e && e.type !== 'JSXEmptyExpression' ? { parts: [e], range: e.range } : undefined;
  }
  return { parts: [v], range: v.range };
}

class JsxElementView implements ElementView {
  readonly framework = 'jsx';
  readonly name: string;
  readonly component: boolean;
  readonly range;
  readonly nameRange;
  private attrList?: AttrView[];
  private childList?: ChildView[];
  private eventList?: string[];

  constructor(readonly key: Node, private readonly text: string) {
    const opening = prop(key, 'openingElement');
    const nameNode = opening && prop(opening, 'name');
    this.name = jsxName(nameNode);
    this.component = /^[A-Z]/.test(this.name) || this.name.includes('.');
    this.range = key.range;
    this.nameRange = nameNode?.range ?? key.range;
  }

  get attrs(): AttrView[] {
    if (this.attrList) return this.attrList;
    const opening = prop(this.key, 'openingElement');
    this.attrList = [];
    this.eventList = [];
    for (const a of opening ? nodes(opening, 'attributes') : []) {
      if (a.type !== 'JSXAttribute') continue;
      const written = jsxName(prop(a, 'name'));
      const event = EVENT.exec(written);
      if (event) this.eventList.push((event[1] ?? event[2] ?? '').toLowerCase());
      const lower = written.toLowerCase();
      const attr: AttrView = { name: RENAMED[lower] ?? lower, range: a.range };
      const v = value(prop(a, 'value'));
      if (v) attr.value = v;
      this.attrList.push(attr);
    }
    return this.attrList;
  }

  get events(): string[] {
    if (!this.eventList) void this.attrs;
    return this.eventList ?? [];
  }

  get children(): ChildView[] {
    this.childList ??= directiveChildren(this.key) ?? jsxChildren(this.key, this.text);
    return this.childList;
  }

  /** The JSX element it is a child of, through fragments, `{}` and conditionals (not through a function: a `.map` callback renders elsewhere). */
  parent(): ElementView | undefined {
    let p = this.key.parent;
    for (let i = 0; p && i < 16 && THROUGH.has(p.type); i++) p = p.parent;
    return p?.type === 'JSXElement' ? jsxElement(p, this.text) : undefined;
  }
}

const THROUGH = new Set(['JSXFragment', 'JSXExpressionContainer', 'ConditionalExpression', 'LogicalExpression', 'ParenthesizedExpression']);

/** Astro's `set:text` / `set:html` replace an element's children: their value is its content. */
function directiveChildren(element: Node): ChildView[] | undefined {
  const opening = prop(element, 'openingElement');
  for (const a of opening ? nodes(opening, 'attributes') : []) {
    const name = a.type === 'JSXAttribute' ? jsxName(prop(a, 'name')) : '';
    if (name !== 'set:text' && name !== 'set:html') continue;
    const v = value(prop(a, 'value'));
    const part = v?.parts[0];
    if (!v || part === undefined) return [];
    if (typeof part !== 'string') return [{ kind: 'expr', node: part }];
    // The visible text of a set:html string: its tags dropped.
    return [{ kind: 'text', text: name === 'set:html' ? part.replace(/<[^<>]*>/g, '') : part, range: [v.range[0] + 1, v.range[1] - 1] }];
  }
  return undefined;
}

export function jsxChildren(parent: Node, text: string): ChildView[] {
  const out: ChildView[] = [];
  for (const c of nodes(parent, 'children')) {
    if (c.type === 'JSXText') out.push({ kind: 'text', text: jsxVisibleText(text.slice(c.range[0], c.range[1])), range: c.range, jsx: true });
    else if (c.type === 'JSXExpressionContainer' || c.type === 'JSXSpreadChild') {
      const e = prop(c, 'expression');
      if (e && e.type !== 'JSXEmptyExpression') out.push({ kind: 'expr', node: e });
    } else if (c.type === 'JSXElement') out.push({ kind: 'element', element: jsxElement(c, text) });
    else if (c.type === 'JSXFragment') out.push(...jsxChildren(c, text));
    // eslint-mdx writes MDX's `{label}` as the bare expression, without its container.
    else if (!c.type.startsWith('JSX')) out.push({ kind: 'expr', node: c });
  }
  return out;
}

const views = new WeakMap<Node, ElementView>();

/** The view of a JSXElement node (one per node). */
export function jsxElement(node: Node, text: string): ElementView {
  return once(views, node, () => new JsxElementView(node, text));
}

export const isJsxNode = (v: unknown): v is Node => isNode(v) && (v.type === 'JSXElement' || v.type === 'JSXFragment');
