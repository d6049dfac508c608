/**
 * JSX/TSX (React, Preact, Solid, React Native): a JSXElement seen as an ElementView.
 * Attributes and children are read lazily: most elements are dismissed by name alone.
 */
import { dottedName, isNode, nodes, prop } from '../ast.js';
import { option } from './control-flow.js';
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
    this.childList ??= directiveChildren(this.key) ?? solidFlow(this.key, this.name, this.text) ?? jsxChildren(this.key, this.text);
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

const solidNames = new WeakMap<Node, Map<string, string>>();
/** The last file's text and whether it names solid-js: most files never do, and their elements never walk up to the program. */
let solidText: { text: string; solid: boolean } | undefined;

/** What a name of the file is of Solid's control flow (`Show`, `Switch`, `Match` imported from solid-js), if anything. */
function solidComponent(element: Node, name: string, text: string): string | undefined {
  if (solidText?.text !== text) solidText = { text, solid: text.includes('solid-js') };
  if (!solidText.solid) return undefined;
  let program: Node = element;
  for (let i = 0; program.parent && i < 1000; i++) program = program.parent;
  let names = solidNames.get(program);
  if (!names) {
    solidNames.set(program, (names = new Map()));
    for (const s of nodes(program, 'body')) {
      if (s.type !== 'ImportDeclaration' || !/^solid-js(?:\/web)?$/.test(String(prop(s, 'source')?.['value'] ?? ''))) continue;
      for (const spec of nodes(s, 'specifiers')) {
        const imported = spec.type === 'ImportSpecifier' ? dottedName(prop(spec, 'imported')) : undefined;
        const local = prop(spec, 'local')?.['name'];
        if (imported && /^(?:Show|Switch|Match)$/.test(imported) && typeof local === 'string') names.set(local, imported);
      }
    }
  }
  return names.get(name);
}

/** A JSX attribute's value as a child: markup as an element, a string as text, else an expression. */
function attrChild(element: Node, name: string, text: string): ChildView | undefined {
  const opening = prop(element, 'openingElement');
  const a = opening ? nodes(opening, 'attributes').find((x) => x.type === 'JSXAttribute' && jsxName(prop(x, 'name')) === name) : undefined;
  const v = a && prop(a, 'value');
  if (v?.type === 'Literal') return { kind: 'text', text: String(v['value']), range: [v.range[0] + 1, v.range[1] - 1] };
  const e = v?.type === 'JSXExpressionContainer' ? prop(v, 'expression') : undefined;
  if (!e || e.type === 'JSXEmptyExpression') return undefined;
  return e.type === 'JSXElement' ? { kind: 'element', element: jsxElement(e, text) } : { kind: 'expr', node: e };
}

/**
 * Solid's `<Show when={…} fallback={…}>` renders its children or its fallback, `<Switch fallback>`
 * one `<Match when>`'s children or its fallback: each a branch (a state of the element), none
 * without a fallback. Undefined for any other element.
 */
function solidFlow(element: Node, name: string, text: string): ChildView[] | undefined {
  const flow = /^[A-Z][\w$]*$/.test(name) ? solidComponent(element, name, text) : undefined;
  if (flow !== 'Show' && flow !== 'Switch') return undefined;
  const range = element.range;
  const fallback = attrChild(element, 'fallback', text) ?? { kind: 'text', text: '', range };
  if (flow === 'Switch') {
    const matches = jsxChildren(element, text).filter((c): c is Extract<ChildView, { kind: 'element' }> => c.kind === 'element' && solidComponent(element, c.element.name, text) === 'Match');
    return [{ kind: 'choice', options: [...matches.map((m) => option(m.element.children, m.element.range)), fallback] }];
  }
  const when = attrChild(element, 'when', text);
  return [{ kind: 'choice', options: [option(jsxChildren(element, text), range), fallback], ...(when?.kind === 'expr' ? { test: when.node } : {}) }];
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
