/**
 * The `logo` slot shows a logo and nothing that reads as words. The shadow root's CSS reaches
 * only the slotted element itself, so what is inside an `<svg>` or a `<picture>` is checked here:
 * a logo that could draw text is hidden whole. An image file's own pixels cannot be checked.
 */
const WORDS = 'text,foreignObject,foreignobject';

/** Why `el` could show words on the button, or undefined for a plain image. */
export function logoProblem(el: Element): string | undefined {
  const name = el.localName;
  if (name === 'picture') {
    const stray = [...el.childNodes].some((n) => (n.nodeType === Node.TEXT_NODE ? n.textContent?.trim() : n instanceof Element && !n.matches('source,img')));
    return stray ? 'a <picture> holds only <source> and <img>' : undefined;
  }
  if (name !== 'svg') return name === 'img' ? undefined : `a <${name}> is not an image`;
  // The svg itself, and what its <use href="#id"> draw from elsewhere on the page.
  const root = el.getRootNode() as Document | ShadowRoot;
  const drawn = [el, ...[...el.querySelectorAll('use')].map((use) => /^#(.+)/.exec(use.getAttribute('href') ?? use.getAttribute('xlink:href') ?? '')?.[1])];
  const text = drawn.some((part) => {
    const node = typeof part === 'string' ? root.getElementById?.(part) : part;
    return !!node && (node.matches(WORDS) || !!node.querySelector(WORDS));
  });
  return text ? 'an <svg> draws text (<text>, <foreignObject>)' : undefined;
}
