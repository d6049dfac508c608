/**
 * Inline styles and class names of an element, as CSS declarations the core can judge:
 * JSX style objects, HTML/Lit `style` strings, Vue `:style` object literals, Lit `styleMap({})`,
 * Svelte's `style:prop` directives, the style-object props of component libraries (MUI's `sx`,
 * Emotion's and Chakra's `css`) and Chakra/styled-system style props (`bg`, `h`, `fontFamily`).
 */
import type { AttrView, ElementView, Node, Range } from './adapters/types.js';
export type { Declaration } from './style-objects.js';
import type { Analyzer } from './analyzer.js';
import { dottedName, keyName, nodes, prop, unwrap } from './ast.js';
import { CHAKRA, explicitCss, REACT, stateProp, styleDeclarations, stylePropCss, SX, type Declaration } from './style-objects.js';
import { variantClassNodes, variantHelperOf, VARIANT_HELPERS } from './variant-helpers.js';
import { isComplete, type Variant } from './variants.js';

/** `a: b; c: d` with each declaration's offset, skipping values that run into a hole. */
function parseCss(text: string): { property: string; value: string; at: number; length: number }[] {
  const out: { property: string; value: string; at: number; length: number }[] = [];
  const re = /([^:;]+):((?:[^;()]|\([^)]*\))*)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const property = (m[1] ?? '').trim().toLowerCase();
    const value = (m[2] ?? '').trim();
    if (!property || !value || property.includes('\uE002') || value.includes('\uE002')) continue;
    const at = m.index + (m[0].length - m[0].trimStart().length);
    out.push({ property, value, at, length: m[0].trim().length });
  }
  return out;
}

function fromVariants(variants: Variant[], fallback: Range): Declaration[] {
  const out: Declaration[] = [];
  for (const v of variants) {
    const text = v.segments.join('\uE002');
    for (const d of parseCss(text)) {
      const start = v.source && isComplete(v) ? v.source.range[0] + v.source.quote.length + d.at : undefined;
      out.push({ property: d.property, value: d.value, range: start === undefined ? fallback : [start, start + d.length] });
    }
  }
  return out;
}

function fromAttr(a: Analyzer, attr: AttrView): Declaration[] {
  const parts = attr.value?.parts ?? [];
  const sx = attr.name === 'sx';
  const only = parts.length === 1 && typeof parts[0] !== 'string' ? unwrap(parts[0] as Node) : undefined;
  if (only) {
    // Lit's styleMap({...}), Emotion's css({...}) and Vue's array syntax hold object literals.
    const arg = only.type === 'CallExpression' && /^(?:styleMap|css)$/.test(dottedName(prop(only, 'callee')) ?? '') ? nodes(only, 'arguments')[0] : only;
    const candidates = arg?.type === 'ArrayExpression' ? nodes(arg, 'elements') : arg ? [arg] : [];
    const objects = candidates.map((c) => a.resolver.object(c)).filter((o): o is Node => !!o);
    if (objects.length) return objects.flatMap((o) => styleDeclarations(a, o, sx ? SX : REACT));
  }
  // `sx` and `css` hold objects (a `css` template is CSS: stylelint reads it); `style` may be a string.
  return attr.name === 'style' ? fromVariants(a.attrText(attr), attr.value?.range ?? attr.range) : [];
}

const STYLE_PROPS = new Set(['style', 'sx', 'css']);

/** A Chakra/styled-system style prop (`bg="#1a73e8"`, `h="40px"`) or pseudo prop (`_hover={{ bg: '#…' }}`) on a component. */
function fromStyleProp(a: Analyzer, attr: AttrView): Declaration[] {
  const state = stateProp(attr.name);
  const value = attr.value?.parts.length === 1 && typeof attr.value.parts[0] !== 'string' ? (attr.value.parts[0] as Node) : undefined;
  if (state) return value ? styleDeclarations(a, value, CHAKRA, state) : [];
  const property = stylePropCss(attr.name);
  if (!property || !attr.value) return [];
  return a.attrText(attr).flatMap((v) => {
    const text = isComplete(v) ? (v.segments[0] ?? '').trim() : '';
    return explicitCss(property, text) ? [{ property, value: text, range: attr.value?.range ?? attr.range }] : [];
  });
}

/** Svelte's `style:background="#e0001b"` (and `style:background|important`) sets one property. */
function fromDirective(a: Analyzer, attr: AttrView): Declaration[] {
  const property = attr.name.slice('style:'.length).split('|')[0] ?? '';
  if (!property || !attr.value) return [];
  return a.attrText(attr).flatMap((v) => (isComplete(v) && v.segments[0]?.trim() ? [{ property, value: (v.segments[0] as string).trim(), range: attr.value?.range ?? attr.range }] : []));
}

/**
 * Angular's style bindings, as the HTML adapter names them: `[style.background]="'#e0001b'"` is
 * `style.background`, `[style.height.px]="40"` is `style.height.px`, `[ngStyle]="{...}"` is `ngstyle`
 * (its bare numbers have no unit: unknown).
 */
function fromAngularBinding(a: Analyzer, attr: AttrView): Declaration[] {
  const value = attr.value?.parts.length === 1 && typeof attr.value.parts[0] !== 'string' ? (attr.value.parts[0] as Node) : undefined;
  if (attr.name === 'ngstyle') return value ? styleDeclarations(a, value, { numbers: () => undefined, aliases: {} }) : [];
  const [, property = '', unit = ''] = attr.name.split('.');
  return a.attrText(attr).flatMap((v) => {
    const text = isComplete(v) ? (v.segments[0] ?? '').trim() : '';
    const css = /^-?\d*\.?\d+$/.test(text) ? (unit ? `${text}${unit}` : undefined) : text;
    return property && css ? [{ property, value: css, range: attr.value?.range ?? attr.range }] : [];
  });
}

/**
 * Every inline declaration on the element whose value is known, in its default state. With
 * `states`, also those of its state selectors (`'&:hover'` in `sx`) and a component's
 * Chakra/styled-system style props (button-style's reading).
 */
export function inlineStyles(a: Analyzer, view: ElementView, states = false): Declaration[] {
  const all = view.attrs.flatMap((x) => {
    if (STYLE_PROPS.has(x.name)) return fromAttr(a, x);
    if (x.name.startsWith('style:')) return fromDirective(a, x);
    if (view.framework === 'html' && /^(?:style\.[\w-]+(?:\.[a-z%]+)?|ngstyle)$/.test(x.name)) return fromAngularBinding(a, x);
    return states && view.component && view.framework === 'jsx' ? fromStyleProp(a, x) : [];
  });
  return states ? all : all.filter((d) => !d.state || d.state === 'default');
}

const CLASS_HELPERS = /^(?:clsx|cn|cx|classnames|classNames|twMerge|twJoin)$/;

function classVariants(a: Analyzer, node: Node, depth = 0): Variant[] {
  const n = unwrap(node);
  if (depth > 8) return [];
  if (n.type === 'CallExpression') {
    const name = dottedName(prop(n, 'callee')) ?? '';
    if (CLASS_HELPERS.test(name)) return nodes(n, 'arguments').flatMap((arg) => classVariants(a, arg, depth + 1));
    const helper = VARIANT_HELPERS.test(name) ? n : variantHelperOf(a, n);
    // A call of a helper's result gives the options it chooses; a bare `cva(…)` reads as called without props.
    if (helper) return variantClassNodes(a, helper, helper === n ? undefined : n).flatMap((c) => classVariants(a, c, depth + 1));
  }
  if (n.type === 'ObjectExpression') {
    return nodes(n, 'properties').flatMap((p) => {
      const key = keyName(p);
      return key ? [{ segments: [key] }] : [];
    });
  }
  if (n.type === 'ArrayExpression') return nodes(n, 'elements').flatMap((e) => classVariants(a, e, depth + 1));
  return a.resolver.text(n);
}

/** Class tokens written in full (a token running into a `${}` hole is not one). */
export function classTokens(a: Analyzer, view: ElementView): { token: string; range: Range }[] {
  const out: { token: string; range: Range }[] = [];
  for (const attr of view.attrs) {
    if (attr.name !== 'class' || !attr.value) continue;
    const value = attr.value;
    // Each variant with the file offset of its first segment, when that is known.
    const variants: { v: Variant; at?: number }[] = value.literal
      ? a.attrText(attr).map((v) => ({ v, at: v.source && isComplete(v) ? v.source.range[0] + v.source.quote.length : undefined }))
      : value.parts.flatMap((p, i) => (typeof p === 'string' ? [{ v: { segments: [p] }, at: value.partRanges?.[i]?.[0] }] : classVariants(a, p).map((v) => ({ v, at: v.source && isComplete(v) ? v.source.range[0] + v.source.quote.length : undefined }))));
    for (const { v, at } of variants) {
      v.segments.forEach((seg, i) => {
        const re = /\S+/g;
        for (let m = re.exec(seg); m; m = re.exec(seg)) {
          if ((i > 0 && m.index === 0) || (i < v.segments.length - 1 && m.index + m[0].length === seg.length)) continue;
          const start = at !== undefined && i === 0 ? at + m.index : undefined;
          out.push({ token: m[0], range: start === undefined ? attr.range : [start, start + m[0].length] });
        }
      });
    }
  }
  // Variants share their text (`${busy ? 'a' : 'b'} h-10` is two variants): one token, one report.
  const seen = new Set<string>();
  return out.filter((t) => {
    const key = `${t.token}@${t.range[0]}:${t.range[1]}`;
    return !seen.has(key) && !!seen.add(key);
  });
}
