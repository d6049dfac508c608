/**
 * checkButtonDeclaration: does one CSS declaration on a MitID call to action keep the brand
 * values (B2-B6)? Both linters (stylelint declarations, JSX/HTML inline styles, Tailwind classes
 * translated to CSS) and the audit ask this one function.
 */
import { parseColor, sameColor, toHex, type RGBA } from './color.js';
import { resolveLength, splitCssValues, type LengthContext } from './length.js';
import { BRAND_BLUE, BRAND_TEXT, BUTTON_HEIGHT_PX, BUTTON_PADDING, BUTTON_PADDING_REM, FONT_FAMILIES, ROOT_FONT_SIZE_PX } from './tokens.js';

export type ButtonState = 'default' | 'hover' | 'active' | 'focus';

export interface StyleViolation {
  property: string;
  /** What the brand asks for, as a reader would write it. */
  expected: string;
  actual: string;
  /** A one-to-one replacement value, offered as an autofix (a wrong blue to #0060e6). */
  fix?: string;
}

export interface ButtonStyleContext extends LengthContext {
  /** :hover, :active and :focus may darken the blue (B9), nothing else. */
  state?: ButtonState;
}

const BLUE = parseColor(BRAND_BLUE) as RGBA;
const WHITE = parseColor(BRAND_TEXT) as RGBA;

function hsl(c: RGBA): { h: number; s: number; l: number } {
  const r = c.r / 255;
  const g = c.g / 255;
  const b = c.b / 255;
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const l = (max + min) / 2;
  const d = max - min;
  if (d === 0) return { h: 0, s: 0, l };
  const s = d / (1 - Math.abs(2 * l - 1));
  const h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return { h: (h * 60 + 360) % 360, s, l };
}

/** A state colour may be the brand blue or a darker blue of the same hue (B9, kit's reading). */
export function isBrandBlueOrDarker(c: RGBA): boolean {
  if (sameColor(c, BLUE)) return true;
  const a = hsl(BLUE);
  const b = hsl(c);
  return c.a >= 0.99 && Math.abs(a.h - b.h) <= 8 && b.s >= 0.7 && b.l <= a.l && b.l >= 0.15;
}

function colorCheck(property: string, value: string, expected: RGBA, state: ButtonState): StyleViolation | undefined {
  const c = parseColor(value);
  if (!c) return undefined;
  if (sameColor(c, expected)) return undefined;
  if (expected === BLUE && state !== 'default' && isBrandBlueOrDarker(c)) return undefined;
  const hex = toHex(expected);
  return { property, expected: expected === BLUE && state !== 'default' ? `${hex} or a darker blue` : hex, actual: value.trim(), fix: state === 'default' || expected !== BLUE ? hex : undefined };
}

const GRADIENT_RE = /\b(?:repeating-)?(?:linear|radial|conic)-gradient\(/i;
const IMAGE_RE = /\b(?:url|image-set|image)\(/i;

function backgroundShorthand(value: string, state: ButtonState): StyleViolation | undefined {
  if (/var\(|\$|@/.test(value)) return undefined;
  const notBlue = { property: 'background', expected: BRAND_BLUE, actual: value.trim() };
  // A gradient paints over the blue; an image layer (often the logo) may sit on it, so the colour decides.
  if (GRADIENT_RE.test(value)) return notBlue;
  const layers = splitCssValues(value.replace(/\s*!important$/i, ''), 'comma');
  const colorPart = splitCssValues(layers[layers.length - 1] ?? '').find((part) => parseColor(part));
  if (colorPart === undefined) return /^\s*none\s*$/i.test(value) || IMAGE_RE.test(value) ? notBlue : undefined;
  const v = colorCheck('background', colorPart, BLUE, state);
  // Only a background that is nothing but the colour can be fixed by swapping the colour in.
  return v && splitCssValues(value).length === 1 ? v : v && { ...v, fix: undefined };
}

/** The longhand holds only image layers: a gradient paints over the blue, an image (the logo) sits on it. */
function backgroundImageCheck(value: string): StyleViolation | undefined {
  if (/var\(|\$|@/.test(value) || !GRADIENT_RE.test(value)) return undefined;
  return { property: 'background-image', expected: `none or an image on ${BRAND_BLUE} (no gradient)`, actual: value.trim() };
}

/** The font families of `font-family`, or of the `font` shorthand (what follows the size). */
function families(property: string, value: string): string[] | undefined {
  let list = value.replace(/\s*!important$/i, '');
  if (property === 'font') {
    const tokens = splitCssValues(list);
    const sizeAt = tokens.findIndex((t) => /^(?:[\d.]+(?:px|r?em|%|pt|vw|vh)|(?:x{0,2}-)?(?:small|large)|medium|larger|smaller)(?:\/\S+)?$/i.test(t));
    if (sizeAt < 0) return undefined;
    list = tokens.slice(sizeAt + 1).join(' ');
    if (list.startsWith('/')) list = list.replace(/^\/\s*\S+\s*/, '');
  }
  if (/var\(|\$|@|^\s*(?:inherit|initial|unset|revert)\s*$/i.test(list) || !list.trim()) return undefined;
  return splitCssValues(list, 'comma').map((f) => f.replace(/^["']|["']$/g, '').trim());
}

function fontCheck(property: string, value: string): StyleViolation | undefined {
  const list = families(property, value);
  if (!list) return undefined;
  if (list[0]?.toLowerCase() === FONT_FAMILIES[0].toLowerCase()) return undefined;
  return { property, expected: `"${FONT_FAMILIES[0]}" first, as in "${FONT_FAMILIES[0]}", ${FONT_FAMILIES.slice(1).join(', ')}`, actual: value.trim() };
}

function heightCheck(property: string, value: string, ctx: LengthContext): StyleViolation | undefined {
  const l = resolveLength(value, ctx);
  if (l.kind !== 'px') return undefined;
  const bad =
    property === 'min-height' || property === 'min-block-size'
      ? l.px > BUTTON_HEIGHT_PX
      : property === 'max-height' || property === 'max-block-size'
        ? l.px < BUTTON_HEIGHT_PX
        : Math.abs(l.px - BUTTON_HEIGHT_PX) > 0.01;
  return bad ? { property, expected: `${BUTTON_HEIGHT_PX}px`, actual: value.trim(), fix: property === 'height' ? `${BUTTON_HEIGHT_PX}px` : undefined } : undefined;
}

function radiusCheck(property: string, value: string): StyleViolation | undefined {
  // Any radius from 0 to a pill is allowed (B6); elliptical or percentage corners are not round.
  const v = value.replace(/\s*!important$/i, '');
  const parts = splitCssValues(v.replace('/', ' / '));
  const bad = parts.includes('/') || parts.some((p) => /^-/.test(p) || /^(?:[\d.]*[1-9][\d.]*)%$/.test(p));
  return bad ? { property, expected: 'a radius from 0 to fully rounded (4px preferred)', actual: value.trim() } : undefined;
}

const PADDING_SIDES = ['top', 'right', 'bottom', 'left'] as const;
const PADDING_PX = PADDING_SIDES.map((side) => BUTTON_PADDING_REM[side] * ROOT_FONT_SIZE_PX);
const PADDING_LONGHAND: Record<string, number> = {
  'padding-top': 0, 'padding-block-start': 0, 'padding-right': 1, 'padding-inline-end': 1,
  'padding-bottom': 2, 'padding-block-end': 2, 'padding-left': 3, 'padding-inline-start': 3,
};

function paddingCheck(property: string, value: string, ctx: LengthContext): StyleViolation | undefined {
  const v = value.replace(/\s*!important$/i, '');
  const parts = splitCssValues(v);
  const px = parts.map((p) => resolveLength(p, { ...ctx, rootFontSizePx: ctx.rootFontSizePx ?? ROOT_FONT_SIZE_PX }));
  if (px.some((l) => l.kind !== 'px')) return undefined;
  const n = px.map((l) => (l.kind === 'px' ? l.px : 0));
  const near = (a: number | undefined, b: number | undefined): boolean => a !== undefined && b !== undefined && Math.abs(a - b) < 0.01;
  const side = PADDING_LONGHAND[property];
  if (side !== undefined) {
    const expected = PADDING_PX[side] as number;
    return n.length === 1 && near(n[0], expected) ? undefined : { property, expected: `${BUTTON_PADDING_REM[PADDING_SIDES[side] as 'top']}rem (${expected}px)`, actual: value.trim() };
  }
  // Expand the 1-4 value shorthand to top, right, bottom, left.
  const [t, r = t, b = t, l = r] = n;
  const ok = [t, r, b, l].every((x, i) => near(x, PADDING_PX[i]));
  if (property === 'padding-block') return near(n[0], PADDING_PX[0]) && near(n[1] ?? n[0], PADDING_PX[2]) ? undefined : { property, expected: '.25rem', actual: value.trim() };
  if (property === 'padding-inline') return near(n[0], PADDING_PX[3]) && near(n[1] ?? n[0], PADDING_PX[1]) ? undefined : { property, expected: '1rem .75rem', actual: value.trim() };
  return ok ? undefined : { property, expected: BUTTON_PADDING, actual: value.trim() };
}

/** The text must stay exactly the phrase: transforms and generated text change what users read. */
function textTransformCheck(property: string, value: string): StyleViolation | undefined {
  return /^\s*(?:none|initial|unset|inherit|revert)?\s*$/i.test(value) ? undefined : { property, expected: 'none', actual: value.trim() };
}

/**
 * A filter recolours the whole button: a hover that rotates the hue or inverts it turns the brand
 * blue into another colour (B9 allows a darker blue). Darkening (`brightness()` up to 1), shadows,
 * blur and contrast keep the hue; an SVG `url()` filter cannot be known and is left alone.
 */
function filterCheck(property: string, value: string): StyleViolation | undefined {
  const expected = 'no filter that changes the brand colours (at most a darker brightness(); no hue-rotate, invert, sepia, grayscale or saturate)';
  for (const m of value.toLowerCase().matchAll(/([a-z-]+)\(\s*([^)]*)\)/g)) {
    const name = m[1] as string;
    const arg = (m[2] as string).trim();
    const n = /^(-?[\d.]+)(%|deg|grad|rad|turn)?$/.exec(arg);
    if (!n) continue;
    const unit = n[2] ?? '';
    const amount = Number(n[1]) / (unit === '%' ? 100 : 1);
    const turns = unit === 'turn' ? amount : unit === 'rad' ? amount / (2 * Math.PI) : unit === 'grad' ? amount / 400 : amount / 360;
    const bad =
      (name === 'hue-rotate' && Math.abs(turns - Math.round(turns)) > 1e-6) ||
      (['invert', 'sepia', 'grayscale'].includes(name) && amount > 0) ||
      (name === 'saturate' && amount !== 1) ||
      (name === 'brightness' && amount > 1);
    if (bad) return { property, expected, actual: value.trim() };
  }
  return undefined;
}

/** The properties checkButtonDeclaration has an opinion on. */
export const BUTTON_STYLE_PROPERTIES = [
  'background', 'background-color', 'background-image', 'color', 'font-family', 'font', 'height', 'min-height', 'max-height',
  'block-size', 'min-block-size', 'max-block-size', 'border-radius', 'border-top-left-radius',
  'border-top-right-radius', 'border-bottom-left-radius', 'border-bottom-right-radius', 'padding',
  'padding-top', 'padding-right', 'padding-bottom', 'padding-left', 'padding-block', 'padding-inline',
  'padding-block-start', 'padding-block-end', 'padding-inline-start', 'padding-inline-end', 'text-transform', 'filter',
] as const;

/**
 * Which of the button's looks a property decides, so a shorthand and its longhands compete for it:
 * `background` and `background-color`, every `padding-*`, every radius, `font` and `font-family`,
 * `block-size` and `height`. A later or stronger declaration of the same family wins.
 */
export function propertyFamily(property: string): string {
  const p = property.trim().toLowerCase();
  if (p.startsWith('background')) return 'background';
  if (p === 'font' || p === 'font-family') return 'font';
  if (p.endsWith('radius')) return 'radius';
  if (p.startsWith('padding')) return 'padding';
  if (p === 'block-size') return 'height';
  return p;
}

/**
 * Checks one declaration (property in kebab-case) on a MitID call to action. Returns a
 * violation, or undefined when the value keeps the brand or cannot be known statically.
 */
export function checkButtonDeclaration(property: string, value: string, ctx: ButtonStyleContext = {}): StyleViolation | undefined {
  const prop = property.trim().toLowerCase();
  const state = ctx.state ?? 'default';
  const v = String(value);
  if (/^\s*(?:inherit|initial|unset|revert|revert-layer)\s*$/i.test(v)) return undefined;
  if (prop === 'background-color') return colorCheck(prop, v, BLUE, state);
  if (prop === 'background') return backgroundShorthand(v, state);
  if (prop === 'background-image') return backgroundImageCheck(v);
  if (prop === 'color') return colorCheck(prop, v, WHITE, 'default');
  if (prop === 'font-family' || prop === 'font') return fontCheck(prop, v);
  if (/^(?:min-|max-)?(?:height|block-size)$/.test(prop)) return heightCheck(prop, v, ctx);
  if (/^border(?:-[a-z]+-[a-z]+)?-radius$/.test(prop)) return radiusCheck(prop, v);
  if (prop.startsWith('padding')) return paddingCheck(prop, v, ctx);
  if (prop === 'text-transform') return textTransformCheck(prop, v);
  if (prop === 'filter') return filterCheck(prop, v);
  return undefined;
}
