/**
 * Markup carved out of another file (a template with its syntax masked, the HTML strings of a
 * program) and the way back: every offset of the markup maps to an offset of the host file, so a
 * finding lands on the characters written there.
 */

/** What a hole of template or host-language code stands for in the markup. */
export type Hole =
  | { kind: 'unknown' }
  /** A string the code writes as it is (`<?= 'Log ind' ?>`, `{% trans "Log ind" %}` without a catalog). */
  | { kind: 'literal'; text: string }
  /** A message key of the stack's catalog (`__('auth.mitid')`, `#{login.mitid}`), with gettext's fallback. */
  | { kind: 'key'; key: string; fallback?: string };

/** Hole characters: never in real markup (the ESLint adapters use U+E000..E002 for their own holes). */
export const HOLE_START = '\uF000';
const HOLE_FILL = '\uF001';
export const HOLE_RE = /\uF000(?:[\uF001\r\n]*\uF001)?/;

export interface Masked {
  text: string;
  /** Holes by their offset in `text`, with where their code is written in the host file. */
  holes: Map<number, { hole: Hole; range: [number, number] }>;
  toSource(offset: number): number;
}

/** Builds markup piece by piece, remembering where each piece came from. */
export class Composer {
  private out = '';
  /** [start in out, start in host, 1:1 (true) or all at the host start (false)] */
  private readonly segments: [number, number, boolean][] = [];
  private readonly holes: Masked['holes'] = new Map();

  /** Host text copied as it is (same length). */
  copy(text: string, from: number): this {
    this.segments.push([this.out.length, from, true]);
    this.out += text;
    return this;
  }

  /** Host text turned into spaces, its line breaks kept (so lines and columns stay). */
  blank(text: string, from: number): this {
    return this.copy(text.replace(/[^\r\n]/g, ' '), from);
  }

  /** Text that is not in the host (wrappers, decoded escapes): maps to `at`. */
  extra(text: string, at: number): this {
    this.segments.push([this.out.length, at, false]);
    this.out += text;
    return this;
  }

  /** A hole for host code [from, to): as long as the code when it has room, line breaks kept. */
  hole(hole: Hole, from: number, to: number, code = ''): this {
    this.holes.set(this.out.length, { hole, range: [from, to] });
    const body = code.length ? code.slice(1).replace(/[^\r\n]/g, HOLE_FILL) : '';
    const text = HOLE_START + (/[\r\n]$/.test(body) ? `${body}${HOLE_FILL}` : body);
    this.segments.push([this.out.length, from, text.length === to - from]);
    this.out += text;
    return this;
  }

  /** Is the end of the markup so far inside a start tag's quoted attribute value? (the last 4000 characters) */
  inAttributeValue(): boolean {
    const tail = this.out.slice(-4000);
    const lt = tail.lastIndexOf('<');
    if (lt < 0 || tail.lastIndexOf('>') > lt) return false;
    let quote = '';
    for (const c of tail.slice(lt)) {
      if (quote) {
        if (c === quote) quote = '';
      } else if (c === '"' || c === "'") quote = c;
    }
    return quote !== '';
  }

  done(): Masked {
    const { segments, holes, out } = this;
    return {
      text: out,
      holes,
      toSource(offset) {
        let lo = 0;
        let hi = segments.length - 1;
        while (lo < hi) {
          const mid = (lo + hi + 1) >> 1;
          if ((segments[mid] as [number, number, boolean])[0] <= offset) lo = mid;
          else hi = mid - 1;
        }
        const seg = segments[lo];
        if (!seg) return offset;
        return seg[2] ? seg[1] + (offset - seg[0]) : seg[1];
      },
    };
  }
}

/** Offsets <-> 1-based lines and columns of a text. */
export class Lines {
  private readonly starts: number[] = [0];
  constructor(text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) this.starts.push(i + 1);
    }
  }

  offset(line: number, column: number): number {
    return (this.starts[Math.max(0, line - 1)] ?? 0) + Math.max(0, column - 1);
  }

  position(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (this.starts[lo] as number) + 1 };
  }
}
