/**
 * The component an element belongs to, when the file defines it: `function MitIDButton()`,
 * `const LoginButton = forwardRef(...)`, `class MitIDButtonComponent` (Angular, Lit), or for a
 * Vue/Svelte template the file itself (`MitIDButton.vue`). A component named for the MitID button
 * (the core's namesMitIDButtonHelper: `MitIDButton`, `mitid-login-btn`) renders the MitID call to
 * action: when its markup holds exactly one clickable element, that element is it, so its loading
 * branch and its inline style are the CTA's even though its label arrives as a prop or a slot.
 */
import { namesMitIDButtonHelper } from 'mitid-ux-kit/core';
import { basename } from 'node:path';
import { htmlElements } from './adapters/html.js';
import { jsxElement } from './adapters/jsx.js';
import { litElements } from './adapters/lit.js';
import { stringElements } from './adapters/strings.js';
import type { Context, ElementView, Node, Range } from './adapters/types.js';
import { vueElement } from './adapters/vue.js';
import { childNodes, keyName, prop } from './ast.js';

const FUNCTIONS = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression', 'ClassDeclaration', 'ClassExpression']);
/** Nodes walked to index the file's components, and to find one component's elements: bounded work on any input. */
const MAX_NODES = 100_000;
const MAX_ELEMENTS = 400;
/** No name in the file can name the MitID button without this (namesMitIDButtonHelper decides). */
const MITID_NAME = /mit[\W_]{0,3}id/i;

interface Owner {
  name: string;
  range: Range;
  node?: Node;
}

/** The name a function or class is known by: its own, its variable's, its property's (`forwardRef`/`memo` wrappers too). */
function nameOf(n: Node): string | undefined {
  const own = prop(n, 'id')?.['name'] as string | undefined;
  if (own) return own;
  let p = n.parent;
  while (p && p.type === 'CallExpression') p = p.parent;
  if (p?.type === 'VariableDeclarator') return prop(p, 'id')?.['name'] as string | undefined;
  if (p && (p.type === 'Property' || p.type === 'PropertyDefinition' || p.type === 'MethodDefinition')) return keyName(p);
  return undefined;
}

export class Owners {
  private index?: Owner[];
  private readonly ctas = new Map<Owner, Set<object>>();

  constructor(
    private readonly context: Context,
    private readonly identify: (view: ElementView) => boolean,
  ) {}

  /** The element is the one clickable element of a component named for the MitID button. */
  isCtaOfMitIDComponent(view: ElementView): boolean {
    // Only components named for the MitID button are looked into (most files have none): linear work per file.
    this.index ??= MITID_NAME.test(this.context.sourceCode.text) || MITID_NAME.test(basename(this.context.filename)) ? this.build().filter((o) => namesMitIDButtonHelper(o.name)) : [];
    for (const owner of this.index) {
      if (view.range[0] < owner.range[0] || owner.range[1] < view.range[1]) continue;
      let set = this.ctas.get(owner);
      if (!set) {
        const clickable = this.elementsOf(owner).filter(this.identify);
        set = new Set(clickable.length === 1 ? [(clickable[0] as ElementView).key] : []);
        this.ctas.set(owner, set);
      }
      if (set.has(view.key)) return true;
    }
    return false;
  }

  private build(): Owner[] {
    const out: Owner[] = [];
    const stack: Node[] = [this.context.sourceCode.ast as unknown as Node];
    for (let seen = 0; stack.length && seen < MAX_NODES; seen++) {
      const n = stack.pop() as Node;
      if (FUNCTIONS.has(n.type)) {
        // Components are named in PascalCase; `render()` or `handleClick` inside one is no owner of its own.
        const name = nameOf(n);
        if (name && /^[A-Z]/.test(name)) out.push({ name, range: n.range, node: n });
      }
      stack.push(...childNodes(n));
    }
    const file = /\.(?:vue|svelte)$/i.test(this.context.filename) ? basename(this.context.filename).replace(/\.\w+$/, '') : undefined;
    // A template outside any script function belongs to the file's component.
    if (file) out.push({ name: file, range: [0, this.context.sourceCode.text.length] });
    return out;
  }

  /** The elements a component renders: JSX, Lit and string templates in its code; the template of a Vue or Svelte file. */
  private elementsOf(owner: Owner): ElementView[] {
    const out: ElementView[] = [];
    const text = this.context.sourceCode.text;
    if (!owner.node) {
      const services = this.context.sourceCode.parserServices as Record<string, unknown> | undefined;
      const template = (this.context.sourceCode.ast as unknown as { templateBody?: Node }).templateBody;
      if (services?.['mitidHtml']) for (const v of htmlElements(services)) if (out.push(v) >= MAX_ELEMENTS) break;
      const stack: Node[] = template ? [template] : [];
      while (stack.length && out.length < MAX_ELEMENTS) {
        const n = stack.pop() as Node;
        if (n.type === 'VElement' && n !== template) out.push(vueElement(n));
        for (const c of (n['children'] as Node[] | undefined) ?? []) if (c.type === 'VElement') stack.push(c);
      }
      return out;
    }
    const stack: Node[] = [owner.node];
    for (let seen = 0; stack.length && seen < MAX_NODES && out.length < MAX_ELEMENTS; seen++) {
      const n = stack.pop() as Node;
      if (n.type === 'JSXElement') out.push(jsxElement(n, text));
      else if (n.type === 'TaggedTemplateExpression') out.push(...litElements(n));
      else if (n.type === 'Literal' || n.type === 'TemplateLiteral') out.push(...stringElements(n, text));
      stack.push(...childNodes(n));
    }
    return out;
  }
}
