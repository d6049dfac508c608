/**
 * The `logo` slot shows a logo and nothing that reads as words. The shadow root's CSS reaches
 * only the slotted element itself, so what is inside an `<svg>` or a `<picture>` is checked here:
 * a logo that could draw text is hidden whole.
 */
const TEXT_ELEMENTS = 'text, foreignObject, foreignobject';

/** Why `el` could show words on the button, or undefined for a plain image. */
export function logoProblem(el: Element): string | undefined {
  if (el.localName === 'img') return undefined;
  if (el.localName === 'picture') {
    for (const node of el.childNodes) {
      const allowed = node.nodeType === Node.COMMENT_NODE || (node.nodeType === Node.TEXT_NODE ? !node.textContent?.trim() : (node as Element).matches('source, img'));
      if (!allowed) return 'a <picture> holds only <source> and <img>';
    }
    return undefined;
  }
  if (el.localName !== 'svg') return `a <${el.localName}> is not an image`;
  if (el.querySelector(TEXT_ELEMENTS)) return 'an <svg> logo draws text (<text>, <foreignObject>)';
  for (const use of el.querySelectorAll('use')) {
    const ref = use.getAttribute('href') ?? use.getAttribute('xlink:href') ?? '';
    const target = ref.startsWith('#') ? (el.getRootNode() as Document | ShadowRoot).getElementById?.(ref.slice(1)) : null;
    if (target && !el.contains(target) && (target.matches(`${TEXT_ELEMENTS}, use`) || target.querySelector(`${TEXT_ELEMENTS}, use`))) {
      return `an <svg> logo's <use href="${ref.slice(0, 40)}"> draws text`;
    }
  }
  return undefined;
}
