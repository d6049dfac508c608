/**
 * The button's language: its own `lang`, else the nearest ancestor's across shadow roots, which
 * ends at `<html lang>`; else Danish. Unknown languages give Danish too (only da/en exist).
 */
import { DEFAULT_LANG, langFromTag, type MitIDLang } from '../../core/index.js';

/** The element itself, then each ancestor up to <html>, stepping from a shadow root to its host. */
export function* langChain(el: Element): Generator<Element> {
  let node: Node | null = el;
  while (node) {
    if (node.nodeType === Node.ELEMENT_NODE) yield node as Element;
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
}

export function resolveLang(el: Element): MitIDLang {
  for (const node of langChain(el)) {
    if (node.hasAttribute('lang')) return langFromTag(node.getAttribute('lang')) ?? DEFAULT_LANG;
  }
  return DEFAULT_LANG;
}

/**
 * One shared observer per document or shadow root, not one per button: a page of a thousand
 * buttons watches `lang` with one observer. Lang changes are rare, so every button of a root
 * re-resolves on any change there.
 */
const roots = new Map<Node, { observer: MutationObserver; listeners: Set<() => void> }>();

/** The element's root, then each enclosing shadow host's root, up to the document. */
function rootChain(el: Element): Node[] {
  const chain: Node[] = [];
  let root = el.getRootNode();
  for (;;) {
    chain.push(root);
    if (!(root instanceof ShadowRoot)) return chain;
    root = root.host.getRootNode();
  }
}

/** Calls `onChange` when a `lang` attribute on the element or any ancestor changes. */
export function watchLang(el: Element, onChange: () => void): () => void {
  const chain = rootChain(el);
  for (const root of chain) {
    let entry = roots.get(root);
    if (!entry) {
      const listeners = new Set<() => void>();
      const observer = new MutationObserver(() => {
        for (const listener of [...listeners]) listener();
      });
      observer.observe(root, { attributes: true, attributeFilter: ['lang'], subtree: true });
      entry = { observer, listeners };
      roots.set(root, entry);
    }
    entry.listeners.add(onChange);
  }
  return () => {
    for (const root of chain) {
      const entry = roots.get(root);
      if (!entry) continue;
      entry.listeners.delete(onChange);
      if (entry.listeners.size === 0) {
        entry.observer.disconnect();
        roots.delete(root);
      }
    }
  };
}
