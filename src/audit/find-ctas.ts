/**
 * Which elements are MitID calls to action. The same signals as the ESLint rule, read from the
 * rendered DOM: text naming MitID, a MitID logo image, a MitID class/id/data attribute, the
 * <mitid-button> element, all found through open shadow roots and slots.
 */
import { classifyText, identifierNamesMitID, namesMitID } from '../core/index.js';
import { ancestors, styleOf, type TreeScan } from './dom.js';
import { accessibleName, visibleText } from './text.js';

/** Cheap pre-check before the word-level checks of the core. */
const MENTION_RE = /mit[^a-z\d]{0,2}id/i;
const BUTTON_LIKE = 'button, input[type=submit], input[type=button], input[type=image], [role=button], mitid-button';
const LINK_LIKE = 'a, [role=link]';
const CONTROL = `${BUTTON_LIKE}, ${LINK_LIKE}, summary, [onclick], [tabindex]:not([tabindex^="-"])`;
/** How far above a mention the control may be (logo > span > span > button). */
const MAX_CLIMB = 6;

/** Does the element itself carry a MitID signal other than text (tag, logo, identifiers)? */
export function elementMentionsMitID(el: Element): boolean {
  if (el.localName === 'mitid-button') return true;
  // <input type=submit value="..."> (server-rendered forms): its text is a property, not a text node.
  if (el.localName === 'input' && /^(?:submit|button)$/.test((el as HTMLInputElement).type) && namesMitID((el as HTMLInputElement).value)) return true;
  for (const attr of el.attributes) {
    const name = attr.name;
    const relevant = name === 'class' || name === 'id' || name.startsWith('data-') || name === 'src' || name === 'href' || name === 'alt';
    if (!relevant || !(MENTION_RE.test(name) || MENTION_RE.test(attr.value))) continue;
    if (name === 'alt') {
      if (namesMitID(attr.value)) return true;
    } else if (name === 'src' || name === 'href') {
      // A logo file (mitid-logo.svg) or sprite (#mitid-logo) on an image, not any link to mitid.dk.
      const file = attr.value.split(/[?#]/)[0]?.split('/').pop() ?? '';
      const fragment = attr.value.split('#')[1] ?? '';
      if (/^(?:img|image|use|source)$/.test(el.localName) && (identifierNamesMitID(file) || identifierNamesMitID(fragment))) return true;
    } else if (identifierNamesMitID(name.replace(/^data-/, '')) || attr.value.split(/\s+/).some(identifierNamesMitID)) return true;
  }
  return false;
}

/** The control a mention belongs to: the nearest button or link, or a pointer-cursor wrapper. */
function controlFor(node: Node): Element | undefined {
  const chain = node.nodeType === 1 ? [node as Element, ...ancestors(node, MAX_CLIMB - 1)] : ancestors(node, MAX_CLIMB);
  const control = chain.find((el) => el.matches(CONTROL));
  if (control) return control;
  // No semantic control: a <div> with a click handler shows itself by its pointer cursor.
  let pointer: Element | undefined;
  for (const el of chain) {
    if (el.localName === 'body' || el.localName === 'html') break;
    if (styleOf(el).cursor === 'pointer') pointer = el;
    else if (pointer) break;
  }
  return pointer;
}

/**
 * A control counts when it is button-like (or a pointer wrapper) and mentions MitID in any way,
 * or when it is a link whose text or accessible name reads as a MitID action ("Hjælp til MitID" is not a call to action).
 */
function isCallToAction(control: Element, options: { allowUnaccentedAccept?: boolean }): boolean {
  if (!control.matches(LINK_LIKE)) return true;
  if (control.localName === 'mitid-button') return true;
  const kind = classifyText(visibleText(control), options).kind;
  // What a screen reader reads may say it where the screen does not (`Log ind<span class="sr-only"> med MitID</span>`).
  return kind !== 'other' || classifyText(accessibleName(control), options).kind !== 'other' || [control, ...control.querySelectorAll('*')].some(elementMentionsMitID);
}

export function findCallsToAction(scan: TreeScan, marked: Element[], options: { allowUnaccentedAccept?: boolean; ctaSelectors?: string[] }): Element[] {
  const mentions: Node[] = [...marked];
  for (const root of scan.roots) {
    // A root whose whole text never names MitID has no text mentions: skip its text walk.
    const whole = root.nodeType === 9 ? (root as Document).documentElement : root;
    if (!whole || !MENTION_RE.test(whole.textContent ?? '')) continue;
    const doc = root.nodeType === 9 ? (root as Document) : (root.ownerDocument as Document);
    const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let t = walker.nextNode(); t; t = walker.nextNode()) {
      if (MENTION_RE.test(t.nodeValue ?? '') && namesMitID(t.nodeValue ?? '') && !/^(?:SCRIPT|STYLE|TEMPLATE|NOSCRIPT|TITLE)$/.test(t.parentElement?.tagName ?? '')) mentions.push(t);
    }
  }
  const ctas = new Set<Element>();
  for (const mention of mentions) {
    const control = controlFor(mention);
    if (control && !ctas.has(control) && isCallToAction(control, options)) ctas.add(control);
  }
  for (const selector of options.ctaSelectors ?? []) for (const root of scan.roots) for (const el of root.querySelectorAll(selector)) ctas.add(el);
  // A control inside another (a <span role=button> in an <a>) is one call to action: keep the outer.
  return [...ctas].filter((el) => !ancestors(el).some((a) => ctas.has(a)));
}
