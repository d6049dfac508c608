/**
 * Children of markup that draw a graphic and no text: Lit's `${unsafeSVG(logo)}`, an
 * `${unsafeHTML(svgFile)}` of an imported `.svg`, a `${logo}` that holds an `svg\`…\`` template.
 * A button holding only such a child shows no phrase (a logo-only call to action).
 */
import type { Scope } from 'eslint';
import type { Context, Node } from './adapters/types.js';
import { dottedName, nodes, prop, unwrap } from './ast.js';

/** Lit's directives that render markup from a string. */
const UNSAFE_SVG = /(?:^|\.)unsafeSVG$/;
const UNSAFE_HTML = /(?:^|\.)unsafeHTML$/;
/** An imported image file (`./mitid-logo.svg?raw`, `@/assets/logo.svg`). */
const SVG_FILE = /\.svg(?:\?[\w&=]*)?$/i;
const SVG_TAG = /(?:^|\.)svg$/;

/** The expression renders an SVG graphic (no text). */
export function isGraphic(context: Context, node: Node): boolean {
  const n = unwrap(node);
  if (n.type === 'TaggedTemplateExpression') return SVG_TAG.test(dottedName(prop(n, 'tag')) ?? '');
  if (n.type === 'CallExpression') {
    const callee = dottedName(prop(n, 'callee')) ?? '';
    if (UNSAFE_SVG.test(callee)) return true;
    const arg = nodes(n, 'arguments')[0];
    return UNSAFE_HTML.test(callee) && !!arg && svgFile(context, arg);
  }
  if (n.type !== 'Identifier') return false;
  const def = definition(context, n);
  const init = def?.type === 'Variable' ? prop(def.node as unknown as Node, 'init') : undefined;
  return !!init && unwrap(init).type === 'TaggedTemplateExpression' && isGraphic(context, init);
}

/** An identifier imported from an `.svg` file. */
function svgFile(context: Context, node: Node): boolean {
  const n = unwrap(node);
  if (n.type !== 'Identifier') return false;
  const def = definition(context, n);
  const source = def?.type === 'ImportBinding' ? prop(def.parent as unknown as Node, 'source')?.['value'] : undefined;
  return typeof source === 'string' && SVG_FILE.test(source);
}

function definition(context: Context, id: Node): Scope.Definition | undefined {
  let scope: Scope.Scope | null;
  try {
    scope = context.sourceCode.getScope(id as never);
  } catch {
    return undefined;
  }
  for (; scope; scope = scope.upper) {
    const variable = scope.set.get(id['name'] as string);
    if (variable) return variable.defs.length === 1 ? variable.defs[0] : undefined;
  }
  return undefined;
}
