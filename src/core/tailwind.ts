/**
 * Tailwind utility classes whose value is explicit, translated to the CSS they produce, so
 * checkButtonDeclaration can judge them wherever they are written (`className` in ESLint, `@apply`
 * in stylesheets). Syntax knowledge, not brand facts: font families (`font-sans`) depend on a
 * project's theme and are skipped; palette colours (`bg-blue-600`) count where the project's theme
 * keeps Tailwind's default (tailwind-theme.ts).
 */
import { checkButtonDeclaration, type ButtonState, type StyleViolation } from './button-style.js';
import { tailwindHue, tailwindPaletteColor } from './tailwind-palette.js';
import type { TailwindTheme } from './tailwind-theme.js';

export interface TailwindDeclaration {
  property: string;
  value: string;
  state: ButtonState;
  /** A colour of Tailwind's default palette (`blue-600`): where the value comes from; `value` is empty when only its name is known. */
  palette?: { name: string; version?: 3 | 4 };
}

const PROPERTY: Record<string, string> = {
  bg: 'background-color', text: 'color', h: 'height', 'min-h': 'min-height', 'max-h': 'max-height',
  p: 'padding', px: 'padding-inline', py: 'padding-block', pt: 'padding-top', pr: 'padding-right',
  pb: 'padding-bottom', pl: 'padding-left', ps: 'padding-inline-start', pe: 'padding-inline-end',
  rounded: 'border-radius', font: 'font-family',
};
const NAMED_COLORS: Record<string, string> = { white: '#ffffff', black: '#000000', transparent: 'transparent' };
const RADIUS: Record<string, string> = { '': '0.25rem', none: '0', xs: '0.125rem', sm: '0.125rem', md: '0.375rem', lg: '0.5rem', xl: '0.75rem', '2xl': '1rem', '3xl': '1.5rem', '4xl': '2rem', full: '9999px' };
const TRANSFORMS: Record<string, string> = { uppercase: 'uppercase', lowercase: 'lowercase', capitalize: 'capitalize', 'normal-case': 'none' };
const STATES: Record<string, ButtonState | undefined> = { hover: 'hover', focus: 'focus', 'focus-visible': 'focus', 'focus-within': 'focus', active: 'active' };
const DEFAULT_VARIANTS = /^(?:sm|md|lg|xl|2xl|dark|max-\w+|min-\w+|print|motion-safe|motion-reduce|ltr|rtl)$/;
const COLOR_LIKE = /^(?:#|rgba?\(|hsla?\(|hwb\(|lab\(|lch\(|oklch\(|oklab\(|color\()/i;

function spacing(value: string): string | undefined {
  if (value === 'px') return '1px';
  if (/^\d+(?:\.5)?$/.test(value)) return `${Number(value) * 0.25}rem`;
  return undefined;
}

function arbitrary(prefix: string, inner: string): string | undefined {
  const value = inner.replace(/_/g, ' ').replace(/^(?:color|length|family-name):/, '');
  if (prefix === 'bg' || prefix === 'text') return COLOR_LIKE.test(value) ? value : undefined;
  if (prefix === 'font') return /^\d+$/.test(value) ? undefined : value;
  return value;
}

/**
 * The declaration a utility class produces, or undefined when it has no explicit brand-relevant
 * value. With the project's theme, a default palette colour (`bg-blue-600`) counts too, unless the
 * theme may redefine its hue. `state` is the state the class is applied in (`@apply` under `:hover`).
 */
export function tailwindDeclaration(token: string, theme?: TailwindTheme, state: ButtonState = 'default'): TailwindDeclaration | undefined {
  const pieces = token.split(/:(?![^[]*\])/);
  const utility = (pieces.pop() ?? '').replace(/^!|!$/g, '');
  for (const variant of pieces) {
    const s = STATES[variant];
    if (s) state = s;
    else if (!DEFAULT_VARIANTS.test(variant)) return undefined;
  }
  const transform = TRANSFORMS[utility];
  if (transform) return { property: 'text-transform', value: transform, state };
  const m = /^(bg|text|min-h|max-h|h|p[xytrblse]?|rounded(?:-[trblse]{1,2})?|font)(?:-(.+))?$/.exec(utility);
  if (!m) return undefined;
  const prefix = (m[1] ?? '').startsWith('rounded') ? 'rounded' : (m[1] as string);
  const rest = m[2] ?? '';
  const property = PROPERTY[prefix];
  if (!property) return undefined;
  let value: string | undefined;
  if (rest.startsWith('[') && rest.endsWith(']')) value = arbitrary(prefix, rest.slice(1, -1));
  else if (prefix === 'bg' || prefix === 'text') {
    value = NAMED_COLORS[rest];
    const color = value === undefined && theme ? tailwindPaletteColor(rest, theme.version) : undefined;
    if (color && theme && !theme.redefined(tailwindHue(rest))) return { property, value: color.hex ?? '', state, palette: { name: rest, version: theme.version } };
  }
  else if (prefix === 'rounded') value = RADIUS[rest];
  else if (prefix !== 'font') value = spacing(rest);
  return value === undefined ? undefined : { property, value, state };
}

/** A Tailwind class judged on a MitID button; `palette` says where a default palette colour came from and what to write instead. */
export interface TailwindViolation extends StyleViolation {
  palette?: { source: string; fix: string };
}

/**
 * Judges one class on a MitID button. A default palette colour is judged by its value where the
 * kit knows it (v3's hex); without the value (v4's oklch, v3's 950 shades) only in the default
 * state, since no palette colour is the brand's, while a hover colour may be any darker blue.
 */
export function checkTailwindClass(token: string, theme?: TailwindTheme, state: ButtonState = 'default'): TailwindViolation | undefined {
  const d = tailwindDeclaration(token, theme, state);
  if (!d) return undefined;
  if (!d.palette) return checkButtonDeclaration(d.property, d.value, { state: d.state });
  if (!d.value && d.state !== 'default') return undefined;
  // Black is neither the brand blue nor white: the core's expected value for the property.
  const v = checkButtonDeclaration(d.property, d.value || '#000000', { state: d.state });
  if (!v) return undefined;
  const { name, version } = d.palette;
  const where = version ? `Tailwind v${version}'s default palette` : d.value ? "Tailwind's default palette, v3 value" : "Tailwind's default palette";
  const prefix = token.slice(0, token.lastIndexOf(name)).replace(/-$/, '');
  return {
    property: v.property,
    expected: v.expected,
    actual: d.value || name,
    palette: { source: `${where}; no tailwind.config or @theme of the project redefines ${tailwindHue(name)}`, fix: `${prefix}-[${v.expected.split(' ')[0] as string}]` },
  };
}
