/**
 * Class variance helpers: `cva(base, { variants, compoundVariants, defaultVariants })` and
 * tailwind-variants' `tv({ base, variants, … })` return a function; calling it
 * (`mitidButton({ intent })`, `cva('…')()`) gives the base's classes and those of the variants
 * chosen: a variant written as a string picks its option, one not given its default, one the
 * linter cannot know any option (each can show, like the branches of a conditional).
 */
import type { Node } from './adapters/types.js';
import type { Analyzer } from './analyzer.js';
import { dottedName, keyName, nodes, objectProperty, prop, unwrap } from './ast.js';

export const VARIANT_HELPERS = /^(?:cva|tv)$/;

/** The `cva(…)`/`tv(…)` call whose result a call invokes (`mitidButton()` of `const mitidButton = cva(…)`, `cva(…)()`). */
export function variantHelperOf(a: Analyzer, call: Node): Node | undefined {
  const callee = prop(call, 'callee');
  if (!callee) return undefined;
  const made = unwrap(callee).type === 'CallExpression' ? unwrap(callee) : a.resolver.valueOf(callee);
  const m = made && unwrap(made);
  return m?.type === 'CallExpression' && VARIANT_HELPERS.test(dottedName(prop(m, 'callee')) ?? '') ? m : undefined;
}

/** The class expressions a call of a variant helper's result gives, each read as classes by the caller. */
export function variantClassNodes(a: Analyzer, helper: Node, call: Node | undefined): Node[] {
  const args = nodes(helper, 'arguments');
  const tv = dottedName(prop(helper, 'callee')) === 'tv';
  const config = (tv ? args[0] : args[1]) && unwrap((tv ? args[0] : args[1]) as Node);
  const base = tv ? config && config.type === 'ObjectExpression' ? objectProperty(config, 'base') : undefined : args[0];
  const out: Node[] = base ? [base] : [];
  if (config?.type !== 'ObjectExpression') return out;
  const given = call && nodes(call, 'arguments')[0] && unwrap(nodes(call, 'arguments')[0] as Node);
  const props = given?.type === 'ObjectExpression' ? given : undefined;
  // `{ ...props, size: 'sm' }`: a variant it does not write may come from the spread.
  const spread = !!props && nodes(props, 'properties').some((p) => p.type !== 'Property');
  const defaults = objectProperty(config, 'defaultVariants');
  // What each variant is: a known option, or undefined when any can be.
  const chosen = new Map<string, string | undefined>();
  const variants = objectProperty(config, 'variants');
  for (const v of variants && unwrap(variants).type === 'ObjectExpression' ? nodes(unwrap(variants), 'properties') : []) {
    const name = keyName(v);
    const options = prop(v, 'value') && unwrap(prop(v, 'value') as Node);
    if (!name || options?.type !== 'ObjectExpression') continue;
    const value = props ? (objectProperty(props, name) ?? (spread ? null : undefined)) : given ? null : undefined;
    const fallback = defaults && unwrap(defaults).type === 'ObjectExpression' ? objectProperty(unwrap(defaults), name) : undefined;
    const picked = value === null ? undefined : value ? optionName(a, value) : fallback ? optionName(a, fallback) : '';
    // '' : neither given nor defaulted, so no option applies.
    if (picked === '') continue;
    chosen.set(name, picked);
    for (const o of nodes(options, 'properties')) {
      const value = prop(o, 'value');
      if (value && (picked === undefined || keyName(o) === picked)) out.push(value);
    }
  }
  const compounds = objectProperty(config, 'compoundVariants');
  for (const c of compounds && unwrap(compounds).type === 'ArrayExpression' ? nodes(unwrap(compounds), 'elements') : []) {
    const entry = unwrap(c);
    if (entry.type !== 'ObjectExpression') continue;
    const applies = nodes(entry, 'properties').every((p) => {
      const key = keyName(p);
      if (key === 'class' || key === 'className') return true;
      const want = prop(p, 'value') && optionName(a, prop(p, 'value') as Node);
      return key !== undefined && chosen.has(key) && (chosen.get(key) === undefined || chosen.get(key) === want);
    });
    const classes = objectProperty(entry, 'class') ?? objectProperty(entry, 'className');
    if (applies && classes) out.push(classes);
  }
  // The call's own `class`/`className` prop is added to the result.
  const extra = props && (objectProperty(props, 'class') ?? objectProperty(props, 'className'));
  if (extra) out.push(extra);
  return out;
}

/** A variant's option as written (`'primary'`, `true`), or undefined when it cannot be known. */
function optionName(a: Analyzer, node: Node): string | undefined {
  const n = unwrap(node);
  if (n.type === 'Literal' && (typeof n['value'] === 'boolean' || typeof n['value'] === 'number')) return String(n['value']);
  const s = a.resolver.strings(n);
  return s?.length === 1 ? s[0] : undefined;
}
