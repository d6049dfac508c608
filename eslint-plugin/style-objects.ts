/**
 * Styles written as JS objects: an element's `style`/`sx`/`css` objects and Chakra pseudo props,
 * and brand styles outside any element: vanilla-extract (`style`, `recipe`, `styleVariants`,
 * `globalStyle`), the object syntax of styled-components/Emotion (`styled.button({...})`,
 * `styled(Button)({...})`) and `css({...})`. An outside style counts when its name (the const it
 * is assigned to, the wrapped component, a variant key, a globalStyle selector's class) names the
 * MitID button, by the test the CSS checker uses for class names.
 */
import { identifierNamesMitIDButton, identifierWords, type ButtonState } from 'mitid-ux-kit/core';
import type { Node, Range } from './adapters/types.js';
import type { Analyzer } from './analyzer.js';
import { dottedName, keyName, nodes, objectProperty, prop, unwrap } from './ast.js';
import { isComplete } from './variants.js';

export interface Declaration {
  property: string;
  value: string;
  range: Range;
  /** The state it styles (`&:hover`); the default state when absent. */
  state?: ButtonState;
}

const kebab = (name: string): string => (name.startsWith('--') ? name : name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`).replace(/^ms-/, '-ms-'));
// React, vanilla-extract and Emotion add "px" to bare numbers for these (the ones the MitID rules look at).
const PX_PROPERTIES = /^(?:min-|max-)?(?:height|width|block-size|inline-size)$|radius$|^padding/;
// MUI sx: a size over 1 is px and 0..1 a fraction; spacing, radius and font sizes are theme scales.
const SX_SIZES = /^(?:min-|max-)?(?:height|width)$/;

/** How a library reads an object's keys and bare numbers, and whether only explicit CSS values count. */
export interface Reading {
  numbers(property: string, n: string): string | undefined;
  aliases: Record<string, string>;
  /** Values may be theme tokens (`bg: 'blue.500'`, `fontFamily: 'heading'`): judge only what is written as CSS. */
  tokens?: boolean;
}

export const REACT: Reading = { numbers: (property, n) => (PX_PROPERTIES.test(property) && n !== '0' ? `${n}px` : n), aliases: {} };
export const SX: Reading = {
  numbers: (property, n) => (SX_SIZES.test(property) && Number(n) > 1 ? `${n}px` : undefined),
  aliases: { bgcolor: 'background-color', bg: 'background', fontFamily: 'font-family', h: 'height', minH: 'min-height' },
};
/** Chakra UI / styled-system: every number is a scale step. */
export const CHAKRA: Reading = {
  numbers: () => undefined,
  aliases: { bg: 'background', bgColor: 'background-color', h: 'height', minH: 'min-height', rounded: 'border-radius' },
  tokens: true,
};
const CHAKRA_PROPS = ['bg', 'bgColor', 'background', 'backgroundColor', 'color', 'h', 'height', 'minH', 'fontFamily', 'borderRadius', 'rounded', 'textTransform'];
const PROP_CSS = new Map(CHAKRA_PROPS.map((n) => [n.toLowerCase(), CHAKRA.aliases[n] ?? kebab(n)]));

/** The CSS property of a style prop, by its lower-cased JSX name (`bgcolor` -> background-color). */
export function stylePropCss(name: string): string | undefined {
  return PROP_CSS.get(name);
}

const COLOR = /^(?:#|rgba?\(|hsla?\(|(?:repeating-)?(?:linear|radial|conic)-gradient\()/i;
const EXPLICIT: Record<string, RegExp> = {
  background: COLOR, 'background-color': COLOR, color: COLOR,
  height: /^\d*\.?\d+(?:px|r?em)$/, 'min-height': /^\d*\.?\d+(?:px|r?em)$/,
  'font-family': /[,"']|^[A-Z]|^(?:sans-serif|serif|monospace|system-ui)$/, 'border-radius': /\d/, 'text-transform': /^[a-z-]+$/,
};

/**
 * A style prop's value is written as CSS, not a theme token: a colour as hex, rgb(), hsl() or a
 * gradient (`red` may be a theme colour), a length with its unit (`10` is a scale step), a font as
 * a family name (`heading` is a token).
 */
export function explicitCss(property: string, value: string): boolean {
  return EXPLICIT[property]?.test(value) ?? false;
}

const STATES: Record<string, ButtonState> = { hover: 'hover', focus: 'focus', 'focus-visible': 'focus', 'focus-within': 'focus', active: 'active' };
// Chakra's pseudo props (`_hover`, `_focusVisible`), lower-cased.
const UNDERSCORE: Record<string, ButtonState> = { _hover: 'hover', _focus: 'focus', _focusvisible: 'focus', _focuswithin: 'focus', _active: 'active' };
const MAX_DEPTH = 6;

/** The state a Chakra pseudo prop or key styles (`_hover`, `_focusVisible`). */
export function stateProp(name: string): ButtonState | undefined {
  return UNDERSCORE[name.toLowerCase()];
}

/**
 * The state a nested selector key styles on the element itself (`&:hover`, `:focus-visible`,
 * `&:hover:not(:disabled)`, `_hover`), or undefined for anything else (`& svg`, `&::after`, `&:disabled`).
 */
function keyState(key: string): ButtonState | undefined {
  const k = key.trim();
  const underscore = stateProp(k);
  if (underscore) return underscore;
  if (!/^&?(?::[\w-]+(?:\([^)]*\))?)+$/.test(k)) return undefined;
  const pseudos = [...k.replace(/\([^)]*\)/g, '').matchAll(/:([\w-]+)/g)].map((m) => m[1] as string);
  return pseudos.map((p) => STATES[p]).find(Boolean);
}

/** An object's own declarations (not its nested selectors). */
function ownDeclarations(a: Analyzer, object: Node, reading: Reading, state: ButtonState): Declaration[] {
  const out: Declaration[] = [];
  for (const p of nodes(object, 'properties')) {
    const name = p.type === 'Property' ? keyName(p) : undefined;
    const value = prop(p, 'value');
    if (!name || !value || value.type === 'ObjectExpression') continue;
    const property = reading.aliases[name] ?? kebab(name);
    for (const v of a.resolver.text(value)) {
      if (!isComplete(v)) continue;
      const text = v.segments[0] ?? '';
      const css = /^-?\d*\.?\d+$/.test(text) ? reading.numbers(property, text) : text;
      if (css !== undefined && (!reading.tokens || explicitCss(property, css))) out.push({ property, value: css, range: p.range, state });
    }
  }
  return out;
}

/** Every declaration of a style object: its own, its state selectors', its media queries'. */
export function styleDeclarations(a: Analyzer, node: Node | undefined, reading: Reading = REACT, state: ButtonState = 'default', depth = 0): Declaration[] {
  if (!node || depth > MAX_DEPTH) return [];
  const n = unwrap(node);
  const deeper = (x: Node | undefined, s: ButtonState): Declaration[] => styleDeclarations(a, x, reading, s, depth + 1);
  if (n.type === 'ArrayExpression') return nodes(n, 'elements').flatMap((e) => deeper(e, state));
  // styled.button((props) => ({ ... })), styled(Button)(({ theme }) => { return { ... }; })
  if (n.type === 'ArrowFunctionExpression' || n.type === 'FunctionExpression') {
    const body = prop(n, 'body');
    const last = body?.type === 'BlockStatement' ? nodes(body, 'body').at(-1) : undefined;
    return deeper(body?.type === 'BlockStatement' ? (last?.type === 'ReturnStatement' ? prop(last, 'argument') : undefined) : body, state);
  }
  const object = a.resolver.object(n);
  if (!object) return [];
  const out = ownDeclarations(a, object, reading, state);
  for (const p of nodes(object, 'properties')) {
    const key = p.type === 'Property' ? keyName(p) : undefined;
    const value = prop(p, 'value');
    if (!key || value?.type !== 'ObjectExpression') continue;
    if (key === 'selectors') {
      for (const s of nodes(value, 'properties')) {
        const sel = s.type === 'Property' ? keyName(s) : undefined;
        const st = sel === undefined ? undefined : keyState(sel);
        if (st) out.push(...deeper(prop(s, 'value'), st));
      }
    } else if (key === '@media' || key === '@supports' || key === '@container') {
      for (const q of nodes(value, 'properties')) if (!DARK_QUERY.test(keyName(q) ?? '')) out.push(...deeper(prop(q, 'value'), state));
    } else if (/^@(?:media|supports|container)\b/.test(key) && !DARK_QUERY.test(key)) {
      out.push(...deeper(value, state));
    } else {
      const st = keyState(key);
      if (st) out.push(...deeper(value, st));
    }
  }
  return out;
}

// Disabled and dark variants are not specified by the brand (rules sheet B9): silence.
const UNSPECIFIED = new Set(['disabled', 'dark']);
const DARK_QUERY = /prefers-color-scheme\s*:\s*dark/i;

/** A style's name (or its name with a variant's: `loginButton provider mitid`) names the MitID button in a specified state. */
function namesButtonStyle(name: string): boolean {
  return identifierNamesMitIDButton(name) && !identifierWords(name).some((w) => UNSPECIFIED.has(w));
}

/** The name a call's result is given: `const x = …`, `{ x: … }`, `this.x = …`, `x = …` (through `as`). */
function assignedName(call: Node, fileName: string): string | undefined {
  let n: Node | undefined = call.parent;
  while (n && /^TS(?:As|Satisfies|NonNull)Expression$/.test(n.type)) n = n.parent;
  if (n?.type === 'VariableDeclarator') return prop(n, 'id')?.type === 'Identifier' ? String(prop(n, 'id')?.['name']) : undefined;
  if (n?.type === 'Property' || n?.type === 'PropertyDefinition') return keyName(n);
  if (n?.type === 'AssignmentExpression') return dottedName(prop(n, 'left'))?.split('.').pop();
  // `export default styled.button({...})` in MitIDButton.styles.ts: the file's name is the style's.
  if (n?.type === 'ExportDefaultDeclaration') return fileName.replace(/^.*[/\\]/, '').split('.')[0];
  return undefined;
}

/** What a styled-components/Emotion factory wraps (`styled.button` -> 'button', `styled(MitIDButton)` -> 'MitIDButton'), or undefined. */
export function styledTarget(callee: Node): string | undefined {
  let c = unwrap(callee);
  // styled.button.attrs({...})(...), styled(Button).withConfig({...})(...)
  for (let inner = prop(c, 'callee'); c.type === 'CallExpression' && inner?.type === 'MemberExpression' && /^(?:attrs|withConfig)$/.test(String(prop(inner, 'property')?.['name'])); inner = prop(c, 'callee')) {
    c = unwrap(prop(inner, 'object') as Node);
  }
  if (c.type === 'MemberExpression') {
    const name = dottedName(c);
    return name?.startsWith('styled.') ? name.slice('styled.'.length) : undefined;
  }
  if (c.type === 'CallExpression' && dottedName(prop(c, 'callee')) === 'styled') {
    const arg = nodes(c, 'arguments')[0];
    if (!arg) return undefined;
    if (arg.type === 'Literal' && typeof arg['value'] === 'string') return arg['value'];
    return dottedName(arg) ?? '';
  }
  return undefined;
}

const styledByProgram = new WeakMap<object, Map<string, string>>();

/**
 * The file's styled components and what each wraps (`const LoginButton = styled.button\`…\`` ->
 * 'button', `styled(Link)({...})` -> 'Link'): a styled button is a button.
 */
export function styledComponentTargets(program: Node): Map<string, string> {
  let out = styledByProgram.get(program);
  if (out) return out;
  out = new Map();
  for (let statement of nodes(program, 'body')) {
    if (statement.type === 'ExportNamedDeclaration') statement = prop(statement, 'declaration') ?? statement;
    if (statement.type !== 'VariableDeclaration') continue;
    for (const d of nodes(statement, 'declarations')) {
      const id = prop(d, 'id');
      const init = prop(d, 'init') && unwrap(prop(d, 'init') as Node);
      const factory = init?.type === 'TaggedTemplateExpression' ? prop(init, 'tag') : init?.type === 'CallExpression' ? prop(init, 'callee') : undefined;
      const target = factory && styledTarget(factory);
      if (id?.type === 'Identifier' && target) out.set(String(id['name']), target);
    }
  }
  styledByProgram.set(program, out);
  return out;
}

/** Text of a globalStyle selector; a `${mitidButton}` hole (a style() const) becomes `.mitidButton`. */
function selectorText(a: Analyzer, node: Node | undefined): string | undefined {
  if (!node) return undefined;
  if (node.type === 'TemplateLiteral') {
    const quasis = nodes(node, 'quasis').map((q) => String((q['value'] as { cooked?: string } | undefined)?.cooked ?? ''));
    const holes = nodes(node, 'expressions').map((e) => dottedName(e));
    if (holes.some((h) => !h)) return undefined;
    return quasis.map((q, i) => (i < holes.length ? `${q}.${holes[i]}` : q)).join('');
  }
  const v = a.resolver.text(node);
  return v.length === 1 && v[0]?.segments.length === 1 ? v[0].segments[0] : undefined;
}

/** The state a globalStyle selector gives the MitID button it styles, or undefined when it styles no MitID button itself. */
function selectorState(selector: string): ButtonState | undefined {
  for (const complex of selector.split(',')) {
    const subject = complex.trim().split(/\s*[>+~]\s*|\s+/).pop() ?? '';
    if (subject.includes('::')) continue;
    const names = [...subject.matchAll(/[.#]([\w-]+)/g)].map((m) => m[1] as string);
    if (!names.some(namesButtonStyle)) continue;
    const pseudos = [...subject.replace(/\([^)]*\)/g, '').matchAll(/:([\w-]+)/g)].map((m) => m[1] as string);
    const state = pseudos.map((p) => STATES[p]).find(Boolean);
    if (state) return state;
    if (!pseudos.length) return 'default';
  }
  return undefined;
}

const VANILLA = new Set(['style', 'recipe', 'styleVariants', 'globalStyle']);

/**
 * The declarations a call writes for the MitID button: vanilla-extract's style functions (in a
 * file that imports vanilla-extract or is a `.css.ts`), styled factories and `css({...})`.
 */
export function callStyles(a: Analyzer, call: Node, vanilla: boolean, fileName: string): Declaration[] {
  const callee = prop(call, 'callee') as Node;
  const args = nodes(call, 'arguments');
  const fn = dottedName(callee);
  const name = assignedName(call, fileName) ?? '';
  const named = namesButtonStyle(name);
  if (fn === 'css') return named ? args.flatMap((x) => styleDeclarations(a, x)) : [];
  if (vanilla && fn && VANILLA.has(fn)) {
    if (fn === 'style') return named ? styleDeclarations(a, args[0]) : [];
    if (fn === 'globalStyle') {
      const selector = selectorText(a, args[0]);
      const state = selector === undefined ? undefined : selectorState(selector);
      return state ? styleDeclarations(a, args[1], REACT, state) : [];
    }
    // styleVariants({ mitid: {...} }) and recipe variants: a variant key may name MitID in an unnamed style.
    const variant = (names: (string | undefined)[], value: Node | undefined): Declaration[] => (namesButtonStyle([name, ...names].join(' ')) ? styleDeclarations(a, value) : []);
    const object = a.resolver.object(args[0]);
    if (!object || (fn === 'styleVariants' && args.length > 1)) return [];
    if (fn === 'styleVariants') return nodes(object, 'properties').flatMap((p) => variant([keyName(p)], prop(p, 'value')));
    const out = named ? styleDeclarations(a, objectProperty(object, 'base')) : [];
    const variants = a.resolver.object(objectProperty(object, 'variants'));
    for (const group of variants ? nodes(variants, 'properties') : []) {
      const options = a.resolver.object(prop(group, 'value'));
      for (const o of options ? nodes(options, 'properties') : []) out.push(...variant([keyName(group), keyName(o)], prop(o, 'value')));
    }
    return out;
  }
  const target = styledTarget(callee);
  if (target === undefined) return [];
  return named || namesButtonStyle(target) ? args.flatMap((x) => styleDeclarations(a, x)) : [];
}
