/**
 * CSS length resolving shared by both linters and the audit. A length resolves to pixels, to a
 * linear function of the viewport ("93vh", "calc(100vh - 40px)"), to a keyword, or to unknown.
 * It never guesses: %, em without a known font size, min()/max() over the viewport and
 * unresolved var() are unknown.
 */

export type Length =
  | { kind: 'px'; px: number }
  /** `px + vh% of the viewport height + vw% of the viewport width`. */
  | { kind: 'viewport'; px: number; vh: number; vw: number }
  | { kind: 'keyword'; keyword: string }
  | { kind: 'unknown'; reason: string };

export interface LengthContext {
  /** Root font size for rem. Default 16 (the browsers' default). */
  rootFontSizePx?: number;
  /** Font size for em; without it em is unknown. */
  fontSizePx?: number;
  /** Resolves a custom property (`--x`) or preprocessor variable (`$x`, `@x`) to its source text. */
  resolveVar?: (name: string) => string | undefined;
}

const ABSOLUTE: Record<string, number> = { px: 1, pt: 96 / 72, pc: 16, in: 96, cm: 96 / 2.54, mm: 96 / 25.4, q: 96 / 101.6 };
const VIEWPORT_H = new Set(['vh', 'svh', 'lvh', 'dvh', 'vb', 'svb', 'lvb', 'dvb']);
const VIEWPORT_W = new Set(['vw', 'svw', 'lvw', 'dvw', 'vi', 'svi', 'lvi', 'dvi']);
const KEYWORDS = new Set([
  'auto', 'none', 'inherit', 'initial', 'unset', 'revert', 'revert-layer', 'fit-content', 'min-content',
  'max-content', 'stretch', '-webkit-fill-available', '-moz-available',
]);

/** A linear value: px + vh + vw, or `num` for a plain number; undefined parts make it unknown. */
interface Lin {
  px: number;
  vh: number;
  vw: number;
  /** true for a plain number (a factor in calc), false for a length. */
  num: boolean;
}

class Unknown extends Error {}

/** Splits a CSS value on top-level white space (and optionally commas), keeping ( ) groups whole. */
export function splitCssValues(value: string, separator: 'space' | 'comma' = 'space'): string[] {
  const out: string[] = [];
  let depth = 0;
  let quote = '';
  let current = '';
  for (const ch of value.trim()) {
    if (quote) {
      if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    const splits = depth === 0 && !quote && (separator === 'space' ? /\s/.test(ch) : ch === ',');
    if (splits) {
      if (current.trim()) out.push(current.trim());
      current = '';
    } else current += ch;
  }
  if (current.trim()) out.push(current.trim());
  return out;
}

// Names come before operators so that `--h` is a custom property, not two minus signs.
const TOKEN_RE = /\s*(?:([+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?)([a-z%]*)|(var|calc|min|max|clamp|-webkit-calc)\(|(--[\w-]+|\$[\w-]+|@[\w-]+)|([()+\-*/,]))/iy;

type Token = { t: 'num'; value: number; unit: string } | { t: 'fn'; name: string } | { t: 'op'; op: string } | { t: 'name'; name: string };

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  let at = 0;
  while (at < text.length) {
    if (/^\s*$/.test(text.slice(at))) break;
    TOKEN_RE.lastIndex = at;
    const m = TOKEN_RE.exec(text);
    if (!m) throw new Unknown(`cannot read "${text.slice(at, at + 20)}"`);
    at = TOKEN_RE.lastIndex;
    if (m[1] !== undefined) tokens.push({ t: 'num', value: Number(m[1]), unit: (m[2] ?? '').toLowerCase() });
    else if (m[3] !== undefined) tokens.push({ t: 'fn', name: m[3].toLowerCase().replace('-webkit-', '') });
    else if (m[4] !== undefined) tokens.push({ t: 'name', name: m[4] });
    else tokens.push({ t: 'op', op: m[5] as string });
  }
  return tokens;
}

class Parser {
  private i = 0;
  constructor(
    private readonly tokens: Token[],
    private readonly ctx: LengthContext,
    private readonly depth: number,
  ) {}

  parseAll(): Lin {
    const v = this.sum();
    if (this.i < this.tokens.length) throw new Unknown('unexpected text after the value');
    return v;
  }

  private peek(): Token | undefined {
    return this.tokens[this.i];
  }

  private take(op: string): boolean {
    const t = this.peek();
    if (t?.t === 'op' && t.op === op) {
      this.i++;
      return true;
    }
    return false;
  }

  private sum(): Lin {
    let v = this.product();
    for (;;) {
      if (this.take('+')) v = add(v, this.product(), 1);
      else if (this.take('-')) v = add(v, this.product(), -1);
      else return v;
    }
  }

  private product(): Lin {
    let v = this.unary();
    for (;;) {
      if (this.take('*')) {
        const w = this.unary();
        if (v.num) v = scale(w, v.px);
        else if (w.num) v = scale(v, w.px);
        else throw new Unknown('a length times a length');
      } else if (this.take('/')) {
        const w = this.unary();
        if (!w.num || w.px === 0) throw new Unknown('division by a length or by zero');
        v = scale(v, 1 / w.px);
      } else return v;
    }
  }

  private unary(): Lin {
    if (this.take('-')) return scale(this.unary(), -1);
    if (this.take('+')) return this.unary();
    return this.atom();
  }

  private args(): Lin[] {
    const list = [this.sum()];
    while (this.take(',')) list.push(this.sum());
    if (!this.take(')')) throw new Unknown('unclosed function');
    return list;
  }

  private atom(): Lin {
    const t = this.tokens[this.i++];
    if (!t) throw new Unknown('value ends early');
    if (t.t === 'num') return unitToLin(t.value, t.unit, this.ctx);
    if (t.t === 'op' && t.op === '(') {
      const v = this.sum();
      if (!this.take(')')) throw new Unknown('unclosed parenthesis');
      return v;
    }
    if (t.t === 'name') return this.variable(t.name);
    if (t.t === 'fn') {
      if (t.name === 'var') return this.varFunction();
      if (t.name === 'calc') {
        const v = this.sum();
        if (!this.take(')')) throw new Unknown('unclosed calc()');
        return v;
      }
      return minMax(t.name, this.args());
    }
    throw new Unknown(`unexpected "${t.op}"`);
  }

  private variable(name: string): Lin {
    const text = this.ctx.resolveVar?.(name);
    if (text === undefined) throw new Unknown(`${name} is not known here`);
    return resolveLin(text, this.ctx, this.depth + 1);
  }

  private varFunction(): Lin {
    const t = this.tokens[this.i++];
    if (t?.t !== 'name' || !t.name.startsWith('--')) throw new Unknown('malformed var()');
    // Skip a fallback: the variable may be defined elsewhere, so the fallback proves nothing.
    let depth = 1;
    while (depth > 0 && this.i < this.tokens.length) {
      const n = this.tokens[this.i++] as Token;
      if (n.t === 'fn' || (n.t === 'op' && n.op === '(')) depth++;
      else if (n.t === 'op' && n.op === ')') depth--;
    }
    if (depth > 0) throw new Unknown('unclosed var()');
    return this.variable(t.name);
  }
}

function unitToLin(value: number, unit: string, ctx: LengthContext): Lin {
  if (unit === '') return { px: value, vh: 0, vw: 0, num: true };
  const abs = ABSOLUTE[unit];
  if (abs !== undefined) return { px: value * abs, vh: 0, vw: 0, num: false };
  if (unit === 'rem') return { px: value * (ctx.rootFontSizePx ?? 16), vh: 0, vw: 0, num: false };
  if (unit === 'em' && ctx.fontSizePx !== undefined) return { px: value * ctx.fontSizePx, vh: 0, vw: 0, num: false };
  if (VIEWPORT_H.has(unit)) return { px: 0, vh: value, vw: 0, num: false };
  if (VIEWPORT_W.has(unit)) return { px: 0, vh: 0, vw: value, num: false };
  if (unit === '%') throw new Unknown('a percentage depends on the containing block');
  throw new Unknown(`the unit "${unit}" depends on the font or the container`);
}

function add(a: Lin, b: Lin, sign: 1 | -1): Lin {
  // calc() allows 0 without a unit only as a number; mixing "number + length" is invalid CSS.
  if (a.num !== b.num) throw new Unknown('a number added to a length');
  return { px: a.px + sign * b.px, vh: a.vh + sign * b.vh, vw: a.vw + sign * b.vw, num: a.num };
}

function scale(a: Lin, k: number): Lin {
  return { px: a.px * k, vh: a.vh * k, vw: a.vw * k, num: a.num };
}

function minMax(name: string, args: Lin[]): Lin {
  if (args.some((a) => a.vh !== 0 || a.vw !== 0)) throw new Unknown(`${name}() over viewport units`);
  const px = args.map((a) => a.px);
  if (name === 'min') return { px: Math.min(...px), vh: 0, vw: 0, num: false };
  if (name === 'max') return { px: Math.max(...px), vh: 0, vw: 0, num: false };
  const [lo, mid, hi] = px;
  if (name === 'clamp' && lo !== undefined && mid !== undefined && hi !== undefined) {
    return { px: Math.max(lo, Math.min(mid, hi)), vh: 0, vw: 0, num: false };
  }
  throw new Unknown(`malformed ${name}()`);
}

function resolveLin(text: string, ctx: LengthContext, depth: number): Lin {
  if (depth > 8) throw new Unknown('variables refer to each other too deeply');
  return new Parser(tokenize(text), ctx, depth).parseAll();
}

/** Resolves one CSS length value (a single value, not a shorthand list). */
export function resolveLength(value: string, ctx: LengthContext = {}): Length {
  const text = String(value).replace(/\s*!important\s*$/i, '').trim();
  const keyword = text.toLowerCase();
  if (KEYWORDS.has(keyword)) return { kind: 'keyword', keyword };
  if (text === '') return { kind: 'unknown', reason: 'empty value' };
  if (/#\{|\$\(|\{\{/.test(text)) return { kind: 'unknown', reason: 'template interpolation' };
  try {
    const lin = resolveLin(text, ctx, 0);
    if (lin.num && lin.px !== 0) return { kind: 'unknown', reason: 'a number without a unit' };
    if (lin.vh === 0 && lin.vw === 0) return { kind: 'px', px: lin.px };
    return { kind: 'viewport', px: lin.px, vh: lin.vh, vw: lin.vw };
  } catch (error) {
    if (error instanceof Unknown) return { kind: 'unknown', reason: error.message };
    // Anything else (a stack overflow on absurd input) is still "unknown", never a crash.
    return { kind: 'unknown', reason: 'unreadable value' };
  }
}

/** The pixel value of a length, or undefined when it is not a fixed pixel length. */
export function lengthToPx(value: string, ctx?: LengthContext): number | undefined {
  const l = resolveLength(value, ctx);
  return l.kind === 'px' ? l.px : undefined;
}
