/**
 * Walking the composed tree: light DOM, shadow roots (closed ones too, when the runner hands them
 * over) and same-origin frames. Never `instanceof` (every frame has its own constructors); node
 * types and duck typing instead.
 */

export type AuditRoot = Document | ShadowRoot | Element;

const isElement = (n: Node | null | undefined): n is Element => n?.nodeType === 1;
const isShadowRoot = (n: Node | null | undefined): n is ShadowRoot => n?.nodeType === 11 && 'host' in n;

/**
 * Closed shadow roots by host. Page script cannot give them away, but the DevTools protocol can
 * (DOM.getDocument with pierce): the runner passes them in with useShadowRoots before auditing.
 */
let closedRoots = new WeakMap<Element, ShadowRoot>();

/** Lets the audit read these (closed) shadow roots as if they were open. */
export function useShadowRoots(roots: Iterable<ShadowRoot>): void {
  closedRoots = new WeakMap();
  for (const r of roots) if (r?.host) closedRoots.set(r.host, r);
}

/**
 * The document the running audit was given: selector paths stop there, so they read the same
 * whether the page is the top window (the CLI) or a frame of a test runner (Cypress's AUT frame).
 */
let auditedDocument: Document | null = null;

/** Runs `fn` with selector paths relative to `doc`. */
export function withAuditedDocument<T>(doc: Document, fn: () => T): T {
  const before = auditedDocument;
  auditedDocument = doc;
  try {
    return fn();
  } finally {
    auditedDocument = before;
  }
}

/** An element's shadow root, open or handed over closed; null when it has none the audit can read. */
export function shadowRootOf(el: Element): ShadowRoot | null {
  return el.shadowRoot ?? closedRoots.get(el) ?? null;
}

/** The parent in the flat tree: a slotted node's slot, a shadow root's host; null at a document. */
export function composedParent(node: Node): Element | null {
  const slot = (node as Element | Text).assignedSlot;
  if (slot) return slot;
  const p = node.parentNode;
  if (isShadowRoot(p)) return p.host;
  return isElement(p) ? p : null;
}

/** The composed ancestors of a node, nearest first, up to `limit`. */
export function ancestors(node: Node, limit = Infinity): Element[] {
  const out: Element[] = [];
  for (let el = composedParent(node); el && out.length < limit; el = composedParent(el)) out.push(el);
  return out;
}

/** A same-origin frame's document, or undefined (cross-origin or not loaded). */
export function frameDocument(el: Element): Document | undefined {
  try {
    return (el as HTMLIFrameElement).contentDocument ?? undefined;
  } catch {
    return undefined;
  }
}

export interface TreeScan {
  /** The document, every readable shadow root and every same-origin frame document reached. */
  roots: (Document | ShadowRoot | Element)[];
  /** <iframe>, <frame>, <object>, <embed> elements, in any root. */
  frames: Element[];
}

const FRAME_TAGS = new Set(['IFRAME', 'FRAME', 'OBJECT', 'EMBED']);

/**
 * One pass over every element: collects the roots and frames, and calls `visit` for each element.
 * querySelectorAll('*') is native and far cheaper than a TreeWalker in script.
 */
export function scanTree(root: AuditRoot, visit: (el: Element) => void, options: { frames: boolean }): TreeScan {
  const scan: TreeScan = { roots: [], frames: [] };
  const pending: AuditRoot[] = [root];
  const seen = new Set<Node>();
  while (pending.length) {
    const r = pending.pop() as AuditRoot;
    if (seen.has(r)) continue;
    seen.add(r);
    scan.roots.push(r);
    const all = r.querySelectorAll('*');
    if (isElement(r)) visit(r);
    for (const el of all) {
      visit(el);
      const shadow = shadowRootOf(el);
      if (shadow) pending.push(shadow);
      if (FRAME_TAGS.has(el.tagName)) {
        scan.frames.push(el);
        const doc = options.frames && (el.tagName === 'IFRAME' || el.tagName === 'FRAME') ? frameDocument(el) : undefined;
        if (doc?.documentElement) pending.push(doc);
      }
    }
  }
  return scan;
}

/** The element a selectorPath names (` >>> ` into shadow roots, closed ones handed over, and same-origin frames). */
export function elementAtPath(path: string, root: Document = document): Element | null {
  let scope: Document | ShadowRoot | null = root;
  let el: Element | null = null;
  for (const part of path.split(' >>> ')) {
    if (el) scope = shadowRootOf(el) ?? frameDocument(el) ?? null;
    el = scope?.querySelector(part) ?? null;
    if (!el) return null;
  }
  return el;
}

export function styleOf(el: Element, pseudo?: string): CSSStyleDeclaration {
  return (el.ownerDocument.defaultView ?? window).getComputedStyle(el, pseudo);
}

/** Rendered: has a layout box (not display:none, not inside a closed <details>, connected). */
export function isRendered(el: Element): boolean {
  return el.isConnected && el.getClientRects().length > 0;
}

/** Hidden from sight but maybe not from assistive technology: visibility, opacity, the "sr-only" clip. */
export function isVisuallyHidden(el: Element, cs = styleOf(el)): boolean {
  if (cs.display === 'none' || cs.visibility === 'hidden' || cs.visibility === 'collapse' || cs.opacity === '0') return true;
  if (cs.position !== 'absolute' && cs.position !== 'fixed') return false;
  const rect = el.getBoundingClientRect();
  const tiny = rect.width <= 1 || rect.height <= 1;
  return tiny && (cs.overflow === 'hidden' || cs.overflow === 'clip' || (cs.clip !== 'auto' && cs.clip !== '') || cs.clipPath.startsWith('inset(50%'));
}

function cssIdent(s: string): string {
  return typeof CSS !== 'undefined' && CSS.escape ? CSS.escape(s) : s.replace(/[^\w-]/g, (c) => `\\${c}`);
}

/** One element's step inside its root: `#id` when unique there, else `tag:nth-of-type(n)` when needed. */
function step(el: Element, root: Document | ShadowRoot): { text: string; anchored: boolean } {
  const tag = el.localName;
  if (el.id && root.querySelectorAll(`#${cssIdent(el.id)}`).length === 1) return { text: `${tag}#${cssIdent(el.id)}`, anchored: true };
  const parent = el.parentElement;
  if (!parent) return { text: tag, anchored: false };
  const same = [...parent.children].filter((c) => c.localName === tag);
  return { text: same.length > 1 ? `${tag}:nth-of-type(${same.indexOf(el) + 1})` : tag, anchored: false };
}

/**
 * A readable selector path to an element. Crossing into a shadow root or a frame's document is
 * written ` >>> ` (host or frame on the left), the notation Playwright's piercing selectors use.
 */
export function selectorPath(el: Element): string {
  const segments: string[] = [];
  let current: Element | null = el;
  while (current) {
    const root = current.getRootNode() as Document | ShadowRoot;
    const parts: string[] = [];
    for (let e: Element | null = current; e; e = e.parentElement) {
      const s = step(e, root);
      parts.unshift(s.text);
      if (s.anchored || e.localName === 'html') break;
      if (!e.parentElement) break;
    }
    segments.unshift(parts.join(' > '));
    current = isShadowRoot(root) ? root.host : root === auditedDocument ? null : (root.defaultView?.frameElement ?? null);
  }
  return segments.join(' >>> ');
}

/** The element's box in the top document's page coordinates (frames' offsets and scroll added). */
export function pageRect(el: Element): { x: number; y: number; width: number; height: number } {
  const r = el.getBoundingClientRect();
  let x = r.left;
  let y = r.top;
  let win = el.ownerDocument.defaultView;
  while (win?.frameElement) {
    const fe = win.frameElement;
    const fr = fe.getBoundingClientRect();
    x += fr.left + fe.clientLeft;
    y += fr.top + fe.clientTop;
    win = fe.ownerDocument.defaultView;
  }
  return { x: x + (win?.scrollX ?? 0), y: y + (win?.scrollY ?? 0), width: r.width, height: r.height };
}
