/**
 * Inline styles and class names of an element, as CSS declarations the core can judge:
 * JSX style objects, HTML/Lit `style` strings, Vue `:style` object literals, Lit `styleMap({})`,
 * Svelte's `style:prop` directives, the style-object props of component libraries (MUI's `sx`,
 * Emotion's and Chakra's `css`) and Chakra/styled-system style props (`bg`, `h`, `fontFamily`).
 */
import type { AttrView, ElementView, Node, Range } from './adapters/types.js';
import type { Analyzer } from './analyzer.js';
import { dottedName, keyName, nodes, prop, unwrap } from './ast.js';
import { isComplete, type Variant } from './variants.js';

export interface Declaration {
  property: string;
  value: string;
  range: Range;
}

const kebab = (name: string): string => (name.startsWith('--') ? name : name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`).replace(/^ms-/, '-ms-'));
// React adds "px" to bare numbers for these (the ones the MitID rules look at).
const PX_PROPERTIES = /^(?:min-|max-)?(?:height|width|block-size|inline-size)$|radius$|^padding/;

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

/** How a style prop reads a bare number: React's `style` adds px; MUI's `sx` reads most as theme scales. */
type Numbers = (property: string, n: string) => string | undefined;
const reactNumbers: Numbers = (property, n) => (PX_PROPERTIES.test(property) && n !== '0' ? `${n}px` : n);
// MUI sx: a size over 1 is px and 0..1 a fraction; spacing, radius and font sizes are theme scales
// the kit cannot know (silent). Its shorthands are CSS properties under other names.
const SX_SIZES = /^(?:min-|max-)?(?:height|width)$/;
const sxNumbers: Numbers = (property, n) => (SX_SIZES.test(property) && Number(n) > 1 ? `${n}px` : undefined);
const SX_ALIASES: Record<string, string> = { bgcolor: 'background-color', bg: 'background', fontFamily: 'font-family', h: 'height', minH: 'min-height' };

export function fromObject(a: Analyzer, object: Node, numbers: Numbers = reactNumbers, aliases: Record<string, string> = {}): Declaration[] {
  const out: Declaration[] = [];
  for (const p of nodes(object, 'properties')) {
    const name = p.type === 'Property' ? keyName(p) : undefined;
    const value = prop(p, 'value');
    if (!name || !value) continue;
    const property = aliases[name] ?? kebab(name);
    for (const v of a.resolver.text(value)) {
      if (!isComplete(v)) continue;
      const text = v.segments[0] ?? '';
      const css = /^-?\d*\.?\d+$/.test(text) ? numbers(property, text) : text;
      if (css !== undefined) out.push({ property, value: css, range: p.range });
    }
  }
  return out;
}

function fromAttr(a: Analyzer, attr: AttrView): Declaration[] {
  const parts = attr.value?.parts ?? [];
  const sx = attr.name === 'sx';
  const only = parts.length === 1 && typeof parts[0] !== 'string' ? unwrap(parts[0] as Node) : undefined;
  if (only) {
    // Lit's styleMap({...}) and Vue's array syntax hold object literals.
    const arg = only.type === 'CallExpression' && dottedName(prop(only, 'callee')) === 'styleMap' ? nodes(only, 'arguments')[0] : only;
    const candidates = arg?.type === 'ArrayExpression' ? nodes(arg, 'elements') : arg ? [arg] : [];
    const objects = candidates.map((c) => a.resolver.object(c)).filter((o): o is Node => !!o);
    if (objects.length) return objects.flatMap((o) => (sx ? fromObject(a, o, sxNumbers, SX_ALIASES) : fromObject(a, o)));
  }
  // `sx` and `css` hold objects (a `css` template is CSS: stylelint reads it); `style` may be a string.
  return attr.name === 'style' ? fromVariants(a.attrText(attr), attr.value?.range ?? attr.range) : [];
}

const STYLE_PROPS = new Set(['style', 'sx', 'css']);

/**
 * Chakra/styled-system style props on a component (JSX names lower-cased). Their values are theme
 * tokens unless written as CSS: a colour counts only as hex/rgb()/hsl() (`bg="red"` may be a theme
 * colour), a length only with its unit (`h={10}`, `h="10"` are scale steps), a font only as a family
 * name (`fontFamily="heading"` is a token).
 */
const STYLE_PROP_CSS: Record<string, string> = {
  bg: 'background', bgcolor: 'background-color', background: 'background', backgroundcolor: 'background-color', color: 'color',
  h: 'height', height: 'height', minh: 'min-height', fontfamily: 'font-family', borderradius: 'border-radius', rounded: 'border-radius', texttransform: 'text-transform',
};
const EXPLICIT: Record<string, RegExp> = {
  background: /^(?:#|rgba?\(|hsla?\()/i, 'background-color': /^(?:#|rgba?\(|hsla?\()/i, color: /^(?:#|rgba?\(|hsla?\()/i,
  height: /^\d*\.?\d+(?:px|r?em)$/, 'min-height': /^\d*\.?\d+(?:px|r?em)$/,
  'font-family': /[,"']|^[A-Z]|^(?:sans-serif|serif|monospace|system-ui)$/, 'border-radius': /\d/, 'text-transform': /^[a-z-]+$/,
};

function fromStyleProp(a: Analyzer, attr: AttrView): Declaration[] {
  const property = STYLE_PROP_CSS[attr.name];
  if (!property || !attr.value) return [];
  return a.attrText(attr).flatMap((v) => {
    const text = isComplete(v) ? (v.segments[0] ?? '').trim() : '';
    return EXPLICIT[property]?.test(text) ? [{ property, value: text, range: attr.value?.range ?? attr.range }] : [];
  });
}

/** Svelte's `style:background="#e0001b"` (and `style:background|important`) sets one property. */
function fromDirective(a: Analyzer, attr: AttrView): Declaration[] {
  const property = attr.name.slice('style:'.length).split('|')[0] ?? '';
  if (!property || !attr.value) return [];
  return a.attrText(attr).flatMap((v) => (isComplete(v) && v.segments[0]?.trim() ? [{ property, value: (v.segments[0] as string).trim(), range: attr.value?.range ?? attr.range }] : []));
}

/** Every inline declaration on the element whose value is known. */
export function inlineStyles(a: Analyzer, view: ElementView): Declaration[] {
  return view.attrs.flatMap((x) => {
    if (STYLE_PROPS.has(x.name)) return fromAttr(a, x);
    if (x.name.startsWith('style:')) return fromDirective(a, x);
    return view.component && view.framework === 'jsx' ? fromStyleProp(a, x) : [];
  });
}

const CLASS_HELPERS = /^(?:clsx|cn|cx|classnames|classNames|twMerge|twJoin|cva)$/;

function classVariants(a: Analyzer, node: Node): Variant[] {
  const n = unwrap(node);
  if (n.type === 'CallExpression' && CLASS_HELPERS.test(dottedName(prop(n, 'callee')) ?? '')) {
    return nodes(n, 'arguments').flatMap((arg) => classVariants(a, arg));
  }
  if (n.type === 'ObjectExpression') {
    return nodes(n, 'properties').flatMap((p) => {
      const key = keyName(p);
      return key ? [{ segments: [key] }] : [];
    });
  }
  if (n.type === 'ArrayExpression') return nodes(n, 'elements').flatMap((e) => classVariants(a, e));
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
