/**
 * CSS colour parsing, so "#0060e6", "#0060E6", "rgb(0 96 230)", "rgba(0,96,230,1)" and
 * "hsl(215 100% 45.1%)" and "oklch(0.5326 0.2042 258.7)" all compare equal to the brand blue (oklab
 * and oklch as CSS Color 4 converts them to sRGB, out-of-gamut values clipped). Unknown notations (var(), color-mix(),
 * currentColor, system colours) give undefined: the caller stays silent rather than guessing.
 */

export interface RGBA {
  r: number;
  g: number;
  b: number;
  a: number;
}

// CSS named colours, packed as name:hex pairs to keep the table small.
const NAMED = new Map(
  (
    'black:000000 silver:c0c0c0 gray:808080 grey:808080 white:ffffff maroon:800000 red:ff0000 purple:800080 ' +
    'fuchsia:ff00ff magenta:ff00ff green:008000 lime:00ff00 olive:808000 yellow:ffff00 navy:000080 blue:0000ff ' +
    'teal:008080 aqua:00ffff cyan:00ffff orange:ffa500 aliceblue:f0f8ff antiquewhite:faebd7 aquamarine:7fffd4 ' +
    'azure:f0ffff beige:f5f5dc bisque:ffe4c4 blanchedalmond:ffebcd blueviolet:8a2be2 brown:a52a2a ' +
    'burlywood:deb887 cadetblue:5f9ea0 chartreuse:7fff00 chocolate:d2691e coral:ff7f50 cornflowerblue:6495ed ' +
    'cornsilk:fff8dc crimson:dc143c darkblue:00008b darkcyan:008b8b darkgoldenrod:b8860b darkgray:a9a9a9 ' +
    'darkgrey:a9a9a9 darkgreen:006400 darkkhaki:bdb76b darkmagenta:8b008b darkolivegreen:556b2f ' +
    'darkorange:ff8c00 darkorchid:9932cc darkred:8b0000 darksalmon:e9967a darkseagreen:8fbc8f ' +
    'darkslateblue:483d8b darkslategray:2f4f4f darkslategrey:2f4f4f darkturquoise:00ced1 darkviolet:9400d3 ' +
    'deeppink:ff1493 deepskyblue:00bfff dimgray:696969 dimgrey:696969 dodgerblue:1e90ff firebrick:b22222 ' +
    'floralwhite:fffaf0 forestgreen:228b22 gainsboro:dcdcdc ghostwhite:f8f8ff gold:ffd700 goldenrod:daa520 ' +
    'greenyellow:adff2f honeydew:f0fff0 hotpink:ff69b4 indianred:cd5c5c indigo:4b0082 ivory:fffff0 ' +
    'khaki:f0e68c lavender:e6e6fa lavenderblush:fff0f5 lawngreen:7cfc00 lemonchiffon:fffacd lightblue:add8e6 ' +
    'lightcoral:f08080 lightcyan:e0ffff lightgoldenrodyellow:fafad2 lightgray:d3d3d3 lightgrey:d3d3d3 ' +
    'lightgreen:90ee90 lightpink:ffb6c1 lightsalmon:ffa07a lightseagreen:20b2aa lightskyblue:87cefa ' +
    'lightslategray:778899 lightslategrey:778899 lightsteelblue:b0c4de lightyellow:ffffe0 limegreen:32cd32 ' +
    'linen:faf0e6 mediumaquamarine:66cdaa mediumblue:0000cd mediumorchid:ba55d3 mediumpurple:9370db ' +
    'mediumseagreen:3cb371 mediumslateblue:7b68ee mediumspringgreen:00fa9a mediumturquoise:48d1cc ' +
    'mediumvioletred:c71585 midnightblue:191970 mintcream:f5fffa mistyrose:ffe4e1 moccasin:ffe4b5 ' +
    'navajowhite:ffdead oldlace:fdf5e6 olivedrab:6b8e23 orangered:ff4500 orchid:da70d6 palegoldenrod:eee8aa ' +
    'palegreen:98fb98 paleturquoise:afeeee palevioletred:db7093 papayawhip:ffefd5 peachpuff:ffdab9 peru:cd853f ' +
    'pink:ffc0cb plum:dda0dd powderblue:b0e0e6 rebeccapurple:663399 rosybrown:bc8f8f royalblue:4169e1 ' +
    'saddlebrown:8b4513 salmon:fa8072 sandybrown:f4a460 seagreen:2e8b57 seashell:fff5ee sienna:a0522d ' +
    'skyblue:87ceeb slateblue:6a5acd slategray:708090 slategrey:708090 snow:fffafa springgreen:00ff7f ' +
    'steelblue:4682b4 tan:d2b48c thistle:d8bfd8 tomato:ff6347 turquoise:40e0d0 violet:ee82ee wheat:f5deb3 ' +
    'whitesmoke:f5f5f5 yellowgreen:9acd32'
  )
    .split(' ')
    .map((pair) => pair.split(':') as [string, string]),
);

function fromHex(hex: string): RGBA | undefined {
  const h = hex.length <= 4 ? [...hex].map((c) => c + c).join('') : hex;
  if (h.length !== 6 && h.length !== 8) return undefined;
  const n = (i: number): number => Number.parseInt(h.slice(i, i + 2), 16);
  return { r: n(0), g: n(2), b: n(4), a: h.length === 8 ? n(6) / 255 : 1 };
}

const NUMBER = String.raw`[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?`;
const FUNC_RE = new RegExp(String.raw`^(rgba?|hsla?|oklch|oklab)\(\s*(.*?)\s*\)$`, 'i');
const PART_RE = new RegExp(String.raw`^(${NUMBER})(%|deg|grad|rad|turn)?$`, 'i');

function parsePart(part: string): { value: number; unit: string } | undefined {
  const m = PART_RE.exec(part);
  return m ? { value: Number(m[1]), unit: (m[2] ?? '').toLowerCase() } : undefined;
}

function alphaOf(part: { value: number; unit: string } | undefined): number | undefined {
  if (!part) return 1;
  return Math.min(1, Math.max(0, part.unit === '%' ? part.value / 100 : part.value));
}

function hslToRgb(h: number, s: number, l: number): [number, number, number] {
  const k = (n: number): number => (n + h / 30) % 12;
  const a = s * Math.min(l, 1 - l);
  const f = (n: number): number => l - a * Math.max(-1, Math.min(k(n) - 3, 9 - k(n), 1));
  return [f(0) * 255, f(8) * 255, f(4) * 255];
}

function fromFunction(name: string, args: string): RGBA | undefined {
  // Both syntaxes: "0, 96, 230, 0.5" and "0 96 230 / 50%".
  const [channels = '', alphaText] = args.split('/').map((s) => s.trim());
  const raw = channels.includes(',') ? channels.split(',').map((s) => s.trim()) : channels.split(/\s+/);
  let alphaRaw = alphaText;
  if (raw.length === 4 && alphaText === undefined) alphaRaw = raw.pop();
  if (raw.length !== 3) return undefined;
  const parts = raw.map(parsePart);
  const alpha = alphaOf(alphaRaw === undefined ? undefined : parsePart(alphaRaw));
  if (parts.some((p) => !p) || alpha === undefined || (alphaRaw !== undefined && !parsePart(alphaRaw))) return undefined;
  const [p0, p1, p2] = parts as [{ value: number; unit: string }, { value: number; unit: string }, { value: number; unit: string }];
  const clamp = (v: number): number => Math.min(255, Math.max(0, v));
  if (name.startsWith('ok')) return fromOklab(name, p0, p1, p2, alpha);
  if (name.startsWith('rgb')) {
    const ch = (p: { value: number; unit: string }): number => clamp(p.unit === '%' ? (p.value * 255) / 100 : p.value);
    if ([p0, p1, p2].some((p) => p.unit !== '' && p.unit !== '%')) return undefined;
    return { r: ch(p0), g: ch(p1), b: ch(p2), a: alpha };
  }
  const turns: Record<string, number> = { '': 360, deg: 360, grad: 400, rad: 2 * Math.PI, turn: 1 };
  const per = turns[p0.unit];
  if (per === undefined || (p1.unit !== '%' && p1.unit !== '') || (p2.unit !== '%' && p2.unit !== '')) return undefined;
  const hue = (((p0.value / per) * 360) % 360 + 360) % 360;
  const [r, g, b] = hslToRgb(hue, Math.min(1, Math.max(0, p1.value / 100)), Math.min(1, Math.max(0, p2.value / 100)));
  return { r, g, b, a: alpha };
}

type Part = { value: number; unit: string };

/** OKLab/OKLCH to sRGB (CSS Color 4's matrices); L in 0-1 or %, chroma/a/b as numbers or % of 0.4, hue in degrees. */
function fromOklab(name: string, p0: Part, p1: Part, p2: Part, alpha: number): RGBA | undefined {
  if (![p0, p1, p2].every((p, i) => p.unit === '' || p.unit === '%' || (i === 2 && name === 'oklch' && p.unit === 'deg'))) return undefined;
  const L = p0.unit === '%' ? p0.value / 100 : p0.value;
  const scaled = (p: Part): number => (p.unit === '%' ? (p.value / 100) * 0.4 : p.value);
  let a = scaled(p1);
  let b = scaled(p2);
  if (name === 'oklch') {
    if (p2.unit === '%') return undefined;
    const h = (p2.value * Math.PI) / 180;
    [a, b] = [a * Math.cos(h), a * Math.sin(h)];
  }
  const l = (L + 0.3963377774 * a + 0.2158037573 * b) ** 3;
  const m = (L - 0.1055613458 * a - 0.0638541728 * b) ** 3;
  const s = (L - 0.0894841775 * a - 1.291485548 * b) ** 3;
  const gamma = (x: number): number => 255 * Math.min(1, Math.max(0, x <= 0.0031308 ? 12.92 * x : 1.055 * x ** (1 / 2.4) - 0.055));
  return {
    r: gamma(4.0767416621 * l - 3.3077115913 * m + 0.2309699292 * s),
    g: gamma(-1.2684380046 * l + 2.6097574011 * m - 0.3413193965 * s),
    b: gamma(-0.0041960863 * l - 0.7034186147 * m + 1.707614701 * s),
    a: alpha,
  };
}

/** Parses a CSS colour; undefined when the notation is unknown or depends on context. */
export function parseColor(value: string): RGBA | undefined {
  const v = value.trim().toLowerCase().replace(/\s*!important$/, '');
  if (v.startsWith('#')) return /^#[0-9a-f]+$/.test(v) ? fromHex(v.slice(1)) : undefined;
  if (v === 'transparent') return { r: 0, g: 0, b: 0, a: 0 };
  const hex = NAMED.get(v);
  if (hex) return fromHex(hex);
  const m = FUNC_RE.exec(v);
  return m ? fromFunction((m[1] as string).toLowerCase(), m[2] as string) : undefined;
}

/** Two colours are the same when each channel rounds to the same byte and alpha agrees. */
export function sameColor(a: RGBA, b: RGBA): boolean {
  return (
    Math.round(a.r) === Math.round(b.r) &&
    Math.round(a.g) === Math.round(b.g) &&
    Math.round(a.b) === Math.round(b.b) &&
    Math.abs(a.a - b.a) < 0.01
  );
}

/** `#rrggbb` (or `#rrggbbaa` when not opaque). */
export function toHex(c: RGBA): string {
  const byte = (n: number): string => Math.round(n).toString(16).padStart(2, '0');
  return `#${byte(c.r)}${byte(c.g)}${byte(c.b)}${c.a < 1 ? byte(c.a * 255) : ''}`;
}

/**
 * Compares a CSS colour with an expected one: `true` same, `false` different, `undefined` when
 * the value cannot be known statically.
 */
export function colorMatches(value: string, expected: string): boolean | undefined {
  const a = parseColor(value);
  const b = parseColor(expected);
  return a && b ? sameColor(a, b) : undefined;
}
