/**
 * Is the call to action painted as its DOM and computed colours say? Text can be right in the DOM
 * and still not be what users see: faded, filtered, distorted, cut off, pushed out of the button,
 * drawn at size 0 beside an image of other words, drawn on a canvas, or covered by another element.
 * Each such effect is a finding (the audit cannot vouch for the phrase or the brand any more).
 */
import { checkButtonDeclaration, DISABLED_OPACITY, FONT_SIZE_PX } from '../core/index.js';
import { ancestors, composedParent, selectorPath, shadowRootOf, styleOf } from './dom.js';
import type { Evidence } from './types.js';

export interface PaintProblem {
  /** `mitid-cta-visual`: the button looks other than the brand; `mitid-unverifiable`: the audit cannot see what it shows. */
  ruleId: 'mitid-cta-visual' | 'mitid-unverifiable';
  message: string;
  evidence: Evidence;
}

/** A 2D transform that only moves (or none): anything else scales, skews, flips or rotates the button. */
function movesOnly(transform: string): boolean {
  if (!transform || transform === 'none') return true;
  const m = /^matrix\(([^)]+)\)$/.exec(transform);
  if (!m) return false;
  const [a, b, c, d] = (m[1] ?? '').split(',').map(Number);
  return a === 1 && b === 0 && c === 0 && d === 1;
}

/** Paint effects that change colours or shapes, on the button or any box it is drawn inside. */
function effectsOn(el: Element, isTarget: boolean): [string, string][] {
  const cs = styleOf(el);
  const out: [string, string][] = [];
  const opacity = Number(cs.opacity);
  const disabledOk = isTarget && (el as HTMLButtonElement).disabled === true && opacity >= DISABLED_OPACITY;
  if (opacity < 1 && !disabledOk) out.push(['opacity', cs.opacity]);
  if (cs.filter && cs.filter !== 'none') out.push(['filter', cs.filter]);
  if (cs.mixBlendMode && cs.mixBlendMode !== 'normal') out.push(['mix-blend-mode', cs.mixBlendMode]);
  const reflect = cs.getPropertyValue('-webkit-box-reflect');
  if (reflect && reflect !== 'none') out.push(['-webkit-box-reflect', reflect]);
  const mask = cs.getPropertyValue('mask-image') || cs.getPropertyValue('-webkit-mask-image');
  if (mask && mask !== 'none') out.push(['mask-image', mask]);
  if (cs.clipPath && cs.clipPath !== 'none') out.push(['clip-path', cs.clipPath]);
  if ((cs.position === 'absolute' || cs.position === 'fixed') && cs.clip && cs.clip !== 'auto') out.push(['clip', cs.clip]);
  if (!movesOnly(cs.transform)) out.push(['transform', cs.transform]);
  for (const p of ['scale', 'rotate'] as const) {
    const v = cs.getPropertyValue(p);
    if (v && v !== 'none') out.push([p, v]);
  }
  const zoom = cs.getPropertyValue('zoom');
  if (zoom && zoom !== '1' && zoom !== 'normal') out.push(['zoom', zoom]);
  if (cs.getPropertyValue('content-visibility') === 'hidden') out.push(['content-visibility', 'hidden']);
  return out;
}

/** Typography that changes the wordmark's letters: spacing, small capitals, stretched glyphs. */
function typographyOn(el: Element, target: Element): [string, string][] {
  const cs = styleOf(el);
  const out: [string, string][] = [];
  if (cs.letterSpacing !== 'normal' && Number.parseFloat(cs.letterSpacing) !== 0) out.push(['letter-spacing', cs.letterSpacing]);
  if (cs.wordSpacing !== 'normal' && Number.parseFloat(cs.wordSpacing) !== 0) out.push(['word-spacing', cs.wordSpacing]);
  if (cs.fontVariantCaps && cs.fontVariantCaps !== 'normal') out.push(['font-variant-caps', cs.fontVariantCaps]);
  if (cs.fontStretch && cs.fontStretch !== '100%' && cs.fontStretch !== 'normal') out.push(['font-stretch', cs.fontStretch]);
  if (cs.fontStyle !== 'normal') out.push(['font-style', cs.fontStyle]);
  // The button's own colour is checked with its style (mitid-cta-style); here what paints the glyphs.
  const fill = cs.getPropertyValue('-webkit-text-fill-color') || cs.color;
  if ((el !== target || fill !== cs.color) && checkButtonDeclaration('color', fill)) out.push(['-webkit-text-fill-color', fill]);
  // Text at (nearly) size 0 is in the DOM but not on screen: an image beside it may say anything.
  if (Number.parseFloat(cs.fontSize) < FONT_SIZE_PX / 2) out.push(['font-size', cs.fontSize]);
  return out;
}

/** The text nodes a user should read on the control, in the flat tree (shadow roots, slots). */
function textNodes(el: Element): Text[] {
  const out: Text[] = [];
  const visit = (node: Node): void => {
    if (node.nodeType === 3) {
      if ((node.nodeValue ?? '').trim()) out.push(node as Text);
      return;
    }
    if (node.nodeType !== 1) return;
    const e = node as Element;
    if (/^(?:script|style|template|noscript)$/.test(e.localName)) return;
    const cs = styleOf(e);
    if (cs.display === 'none') return;
    const shadow = shadowRootOf(e);
    const kids = shadow ? shadow.childNodes : e.localName === 'slot' ? (e as HTMLSlotElement).assignedNodes({ flatten: true }) : e.childNodes;
    const list = e.localName === 'slot' && !kids.length ? e.childNodes : kids;
    for (const k of list) visit(k);
  };
  visit(el);
  return out;
}

type Box = { left: number; top: number; right: number; bottom: number };
const TOLERANCE = 1;

function within(inner: Box, outer: Box): boolean {
  return inner.left >= outer.left - TOLERANCE && inner.right <= outer.right + TOLERANCE && inner.top >= outer.top - TOLERANCE && inner.bottom <= outer.bottom + TOLERANCE;
}

/** Where a text node's glyphs are drawn (one box around all its line boxes), or undefined when nowhere. */
function textBox(t: Text): Box | undefined {
  const range = t.ownerDocument.createRange();
  range.selectNodeContents(t);
  const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
  if (!rects.length) return undefined;
  return {
    left: Math.min(...rects.map((r) => r.left)),
    top: Math.min(...rects.map((r) => r.top)),
    right: Math.max(...rects.map((r) => r.right)),
    bottom: Math.max(...rects.map((r) => r.bottom)),
  };
}

const CLIPS = new Set(['hidden', 'clip', 'scroll', 'auto']);

/** Does text fall outside the button, or outside a box that clips it, or end in an ellipsis? */
function cutProblem(target: Element, texts: Text[]): [string, string] | undefined {
  const own = target.getBoundingClientRect();
  for (const t of texts) {
    const box = textBox(t);
    if (!box) continue;
    for (let a = composedParent(t); a; a = composedParent(a)) {
      const cs = styleOf(a);
      if (cs.textOverflow === 'ellipsis' && a.scrollWidth > a.clientWidth + TOLERANCE) return ['text-overflow', `"${t.nodeValue?.trim()}" is cut to an ellipsis`];
      if (a.localName === 'html' || a.localName === 'body') break;
      if (!CLIPS.has(cs.overflowX) && !CLIPS.has(cs.overflowY)) continue;
      const r = a.getBoundingClientRect();
      const clip = { left: r.left + a.clientLeft, top: r.top + a.clientTop, right: r.left + a.clientLeft + a.clientWidth, bottom: r.top + a.clientTop + a.clientHeight };
      if (!within(box, clip)) return ['overflow', `"${t.nodeValue?.trim()}" is cut off by ${selectorPath(a)} (overflow ${cs.overflowX} ${cs.overflowY})`];
    }
    if (!within(box, own)) return ['text-position', `"${t.nodeValue?.trim()}" is drawn outside the button`];
  }
  return undefined;
}

function composedContains(outer: Element, node: Element): boolean {
  for (let n: Element | null = node; n; n = composedParent(n)) if (n === outer) return true;
  return false;
}

/** The element drawn on top at a point, looking into shadow roots (closed ones handed over too). */
function topElementAt(doc: Document, x: number, y: number): Element | null {
  let hit = doc.elementFromPoint(x, y);
  for (let depth = 0; hit && depth < 32; depth++) {
    const shadow = shadowRootOf(hit);
    const inner = shadow?.elementFromPoint(x, y);
    if (!inner || inner === hit) break;
    hit = inner;
  }
  return hit;
}

/**
 * Another element drawn over the button (a label laid on top, pointer-events: none or not): sampled
 * on a 3 x 3 grid inside the button with every element's pointer-events forced on for the probe.
 */
function coverProblem(cta: Element, target: Element, roots: (Document | ShadowRoot | Element)[]): [string, string] | undefined {
  const doc = target.ownerDocument;
  const win = doc.defaultView;
  if (!win) return undefined;
  const sheets: { root: Document | ShadowRoot; sheet: CSSStyleSheet }[] = [];
  const { scrollX, scrollY } = win;
  try {
    for (const root of roots) {
      // A constructed sheet belongs to one document: only the button's document and its shadow roots.
      if (root.nodeType !== 9 && !(root as ShadowRoot).host) continue;
      const r = root as Document | ShadowRoot;
      if ((r.nodeType === 9 ? r : r.ownerDocument) !== doc) continue;
      const sheet = new (win as unknown as { CSSStyleSheet: typeof CSSStyleSheet }).CSSStyleSheet();
      sheet.replaceSync('* { pointer-events: auto !important; }');
      r.adoptedStyleSheets = [...r.adoptedStyleSheets, sheet];
      sheets.push({ root: r, sheet });
    }
    target.scrollIntoView({ block: 'center', inline: 'center', behavior: 'instant' as ScrollBehavior });
    const r = target.getBoundingClientRect();
    for (const fx of [0.2, 0.5, 0.8]) {
      for (const fy of [0.3, 0.5, 0.7]) {
        const x = r.left + r.width * fx;
        const y = r.top + r.height * fy;
        if (x < 0 || y < 0 || x >= win.innerWidth || y >= win.innerHeight) continue;
        const hit = topElementAt(doc, x, y);
        // An ancestor at the point: the button is clipped there (reported as its clip) or behind it.
        if (!hit || composedContains(target, hit) || composedContains(cta, hit) || composedContains(hit, target)) continue;
        return ['covered', `another element is drawn over the button: ${selectorPath(hit)}`];
      }
    }
  } finally {
    for (const { root, sheet } of sheets) root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
    win.scrollTo({ left: scrollX, top: scrollY, behavior: 'instant' as ScrollBehavior });
  }
  return undefined;
}

/** ::marker text (a list item's bullet or string) drawn beside the control; '' when none. */
export function markerText(el: Element): string {
  const cs = styleOf(el);
  if (!cs.display.includes('list-item')) return '';
  const content = styleOf(el, '::marker').content;
  const fromContent = /^["']/.test(content) ? content.replace(/^["']|["']$/g, '') : '';
  if (fromContent) return fromContent;
  const type = cs.listStyleType;
  if (!type || type === 'none') return '';
  if (/^["']/.test(type)) return type.replace(/^["']|["']$/g, '');
  return cs.listStyleImage !== 'none' ? '' : '•';
}

const OPAQUE = 'canvas, video, iframe, object, embed';

export function checkPaint(cta: Element, target: Element, roots: (Document | ShadowRoot | Element)[]): PaintProblem[] {
  const out: PaintProblem[] = [];
  const visual = (property: string, value: string, what: string): void => {
    out.push({ ruleId: 'mitid-cta-visual', message: `MitID call to action ${what}`, evidence: { property, actual: value } });
  };
  const chain = [target, ...ancestors(target)];
  for (const el of chain) {
    for (const [property, value] of effectsOn(el, el === target)) {
      const where = el === target ? 'itself' : selectorPath(el);
      visual(property, value, `is drawn through ${property}: ${value} (on ${where}), so it does not show the brand colours and shape`);
    }
  }
  const marker = [cta, target].map(markerText).find(Boolean);
  if (marker) visual('::marker', marker, `has a list marker "${marker}" drawn beside it`);
  const texts = textNodes(target);
  const seen = new Set<string>();
  for (const t of texts) {
    const parent = composedParent(t);
    if (!parent) continue;
    for (const [property, value] of typographyOn(parent, target)) {
      if (seen.has(property)) continue;
      seen.add(property);
      visual(property, value, `draws its text with ${property}: ${value}, which changes the phrase users see`);
    }
    const indent = styleOf(parent).textIndent;
    if (Number.parseFloat(indent) && !seen.has('text-indent')) {
      seen.add('text-indent');
      visual('text-indent', indent, `indents its text by ${indent}`);
    }
  }
  const cut = cutProblem(target, texts);
  if (cut) visual(cut[0], cut[1], `shows only part of its text: ${cut[1]}`);
  for (const el of [target, ...target.querySelectorAll(OPAQUE), ...(shadowRootOf(target)?.querySelectorAll(OPAQUE) ?? [])]) {
    if (!el.matches(OPAQUE)) continue;
    out.push({ ruleId: 'mitid-unverifiable', message: `MitID call to action draws part of itself in a <${el.localName}>, which the audit cannot read: show the phrase as text`, evidence: { element: el.localName } });
  }
  const covered = coverProblem(cta, target, roots);
  if (covered) visual(covered[0], covered[1], `is hidden under something else: ${covered[1]}`);
  return out;
}
