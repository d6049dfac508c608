/**
 * What a user reads on a control (visible text, through slots and shadow roots, with CSS generated
 * content) and what a screen reader says (a compact reading of the accessible name computation).
 */
import { normalizeText } from '../core/index.js';
import { isVisuallyHidden, shadowRootOf, styleOf } from './dom.js';

const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

/** The string parts of a computed `content` value ("→", counters and images give nothing). */
export function pseudoText(el: Element, pseudo: '::before' | '::after'): string {
  const content = styleOf(el, pseudo).content;
  if (!content || content === 'none' || content === 'normal') return '';
  let out = '';
  for (const m of content.matchAll(/"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'/g)) {
    out += (m[1] ?? m[2] ?? '').replace(/\\([0-9a-f]{1,6})\s?|\\(.)/gi, (_, hex: string | undefined, ch: string | undefined) =>
      hex ? String.fromCodePoint(Number.parseInt(hex, 16)) : (ch ?? ''),
    );
  }
  return out;
}

/** The flat-tree children: a host's shadow root, a slot's assigned nodes (or its fallback). */
function flatChildren(node: Node): Node[] {
  const el = node as Element;
  const shadow = el.nodeType === 1 ? shadowRootOf(el) : null;
  if (shadow) return [...shadow.childNodes];
  if (el.localName === 'slot') {
    const assigned = (el as HTMLSlotElement).assignedNodes({ flatten: true });
    return assigned.length ? assigned : [...el.childNodes];
  }
  return [...node.childNodes];
}

function isBlock(cs: CSSStyleDeclaration): boolean {
  return !cs.display.startsWith('inline') && cs.display !== 'contents';
}

/** The text a sighted user reads on a control, generated content included, hidden parts left out. */
export function visibleText(el: Element): string {
  if (el.localName === 'input') return (el as HTMLInputElement).value;
  let out = '';
  const visit = (node: Node): void => {
    if (node.nodeType === 3) {
      out += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== 1 || SKIP.has((node as Element).tagName)) return;
    const child = node as Element;
    const cs = styleOf(child);
    if (cs.display === 'none') return;
    const hidden = isVisuallyHidden(child, cs);
    const gap = isBlock(cs) ? ' ' : '';
    out += gap;
    if (!hidden) out += pseudoText(child, '::before');
    // A visually hidden element may still have visible children (visibility: visible inside).
    if (!hidden || cs.visibility === 'hidden') for (const c of flatChildren(child)) visit(c);
    if (!hidden) out += pseudoText(child, '::after');
    out += gap;
  };
  out += pseudoText(el, '::before');
  for (const c of flatChildren(el)) visit(c);
  out += pseudoText(el, '::after');
  return normalizeText(out);
}

function byIds(el: Element, ids: string): Element[] {
  const root = el.getRootNode() as Document | ShadowRoot;
  return ids
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => root.getElementById(id))
    .filter((e): e is HTMLElement => e !== null);
}

/** Name from content (accname 1.2, step 2F): text, alt texts, nested labels, generated content. */
function nameFromContent(el: Element): string {
  let out = pseudoText(el, '::before');
  for (const node of flatChildren(el)) {
    if (node.nodeType === 3) out += node.nodeValue ?? '';
    if (node.nodeType !== 1) continue;
    const child = node as Element;
    if (SKIP.has(child.tagName) || child.getAttribute('aria-hidden') === 'true') continue;
    const cs = styleOf(child);
    if (cs.display === 'none' || cs.visibility === 'hidden') continue;
    const gap = isBlock(cs) ? ' ' : '';
    out += gap + embeddedName(child) + gap;
  }
  return out + pseudoText(el, '::after');
}

function embeddedName(el: Element): string {
  const label = el.getAttribute('aria-label')?.trim();
  if (label) return label;
  if (el.localName === 'img' || (el.localName === 'input' && el.getAttribute('type') === 'image')) return el.getAttribute('alt') ?? '';
  if (el.localName === 'svg') return el.querySelector(':scope > title')?.textContent ?? '';
  return nameFromContent(el);
}

/** The accessible name of a button-like element, normalised the way classifyText reads text. */
export function accessibleName(el: Element): string {
  const labelledBy = el.getAttribute('aria-labelledby');
  if (labelledBy) {
    const refs = byIds(el, labelledBy);
    if (refs.length) return normalizeText(refs.map((r) => r.getAttribute('aria-label')?.trim() || nameFromContent(r)).join(' '));
  }
  const label = el.getAttribute('aria-label');
  if (label?.trim()) return normalizeText(label);
  if (el.localName === 'input') {
    const input = el as HTMLInputElement;
    if (input.type === 'image') return normalizeText(input.alt);
    return normalizeText(input.value || (input.type === 'submit' ? 'Submit' : ''));
  }
  const content = normalizeText(nameFromContent(el));
  return content || normalizeText(el.getAttribute('title') ?? '');
}
