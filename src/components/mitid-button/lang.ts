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

/** Calls `onChange` when a `lang` attribute on the element or any ancestor changes. */
export function watchLang(el: Element, onChange: () => void): () => void {
  const observer = new MutationObserver(() => {
    observe();
    onChange();
  });
  function observe(): void {
    observer.disconnect();
    for (const node of langChain(el)) observer.observe(node, { attributes: true, attributeFilter: ['lang'] });
  }
  observe();
  return () => observer.disconnect();
}
