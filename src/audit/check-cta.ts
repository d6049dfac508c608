/**
 * Checks one MitID call to action as rendered: element kind (B1), visible text (B7, B10),
 * accessible name (B8), computed styles (B2-B6) and whether the brand font really loaded (B3).
 */
import { checkButtonDeclaration, classifyText, FONT_FAMILIES, FONT_SIZE_PX, FONT_WEIGHT, normalizeText, PLEX_SAMPLE } from '../core/index.js';
import { shadowRootOf, styleOf } from './dom.js';
import { checkPaint } from './check-paint.js';
import { accessibleName, pseudoText, visibleText } from './text.js';
import type { AuditOptions, Evidence } from './types.js';
import type { AuditRuleId } from './rules.js';

export interface RawFinding {
  ruleId: AuditRuleId;
  message: string;
  element: Element;
  evidence: Evidence;
}

const INNER_CONTROL = 'button, a[href], input[type=submit], input[type=button], [role=button], [role=link]';

/** A custom element's own control: the <button> or <a> inside its shadow root. */
export function ctaTarget(el: Element): Element {
  return (el.localName.includes('-') && shadowRootOf(el)?.querySelector(INNER_CONTROL)) || el;
}

function kindProblem(el: Element): string | undefined {
  const tag = el.localName;
  if (tag === 'button' || (tag === 'a' && el.hasAttribute('href'))) return undefined;
  if (tag === 'input' && /^(?:submit|button|image)$/.test((el as HTMLInputElement).type)) return undefined;
  // A custom element without an open shadow root: its inside cannot be known, so say nothing.
  if (tag.includes('-') && !shadowRootOf(el)) return undefined;
  if (tag === 'a') return 'is an <a> without href: keyboards skip it. Give it the login URL as href, or use a <button>';
  const role = el.getAttribute('role');
  if (role === 'button' || role === 'link') {
    return `is a <${tag} role="${role}">: some brokers accept that with tabindex="0", the kit does not. Use a real <button> or <a href>`;
  }
  return `is a <${tag}>, not a button or a link: keyboards and screen readers cannot reach it. Use a <button> or <a href>`;
}

/** Is the family loaded? A FontFace of that family in the document's set with status "loaded", or installed locally. */
export function fontLoaded(doc: Document, family: string): { loaded: boolean; how: string } {
  const want = family.toLowerCase();
  const faces = [...(doc.fonts as unknown as Iterable<FontFace>)].filter((f) => f.family.replace(/^["']|["']$/g, '').toLowerCase() === want);
  const ctx = doc.createElement('canvas').getContext('2d');
  if (faces.length) {
    const loaded = faces.some((f) => f.status === 'loaded');
    const how = `@font-face ${[...new Set(faces.map((f) => f.status))].join('/')}`;
    // A page may load another font under the name: Plex has known metrics.
    if (loaded && ctx && want === FONT_FAMILIES[0].toLowerCase()) {
      ctx.font = `${FONT_WEIGHT} ${FONT_SIZE_PX}px "${family}", monospace`;
      const width = ctx.measureText(PLEX_SAMPLE.text).width;
      if (Math.abs(width - PLEX_SAMPLE.widthPx) > PLEX_SAMPLE.widthPx * PLEX_SAMPLE.tolerance) {
        return { loaded: false, how: `${how}, but it is another font: "${PLEX_SAMPLE.text}" measures ${Math.round(width * 10) / 10}px, in IBM Plex Sans ${PLEX_SAMPLE.widthPx}px` };
      }
    }
    return { loaded, how };
  }
  // No @font-face: is it installed? A family that is missing falls back, so both widths agree.
  if (!ctx) return { loaded: true, how: 'unknown' };
  const sample = 'Log ind med MitID 0123456789 mmmmwwwwiiii';
  const widths = ['monospace', 'serif'].map((fallback) => {
    ctx.font = `${FONT_WEIGHT} ${FONT_SIZE_PX}px "${family}", ${fallback}`;
    const withFamily = ctx.measureText(sample).width;
    ctx.font = `${FONT_WEIGHT} ${FONT_SIZE_PX}px ${fallback}`;
    return withFamily !== ctx.measureText(sample).width;
  });
  return { loaded: widths.every(Boolean), how: 'no @font-face; local font check' };
}

function styleFindings(el: Element, push: (ruleId: AuditRuleId, message: string, evidence: Evidence) => void): void {
  const cs = styleOf(el);
  const height = el.getBoundingClientRect().height;
  const declarations: [string, string][] = [
    ['background-color', cs.backgroundColor],
    ['color', cs.color],
    ['font-family', cs.fontFamily],
    ['height', `${Math.round(height * 10) / 10}px`],
    ['border-top-left-radius', cs.borderTopLeftRadius],
    ['border-top-right-radius', cs.borderTopRightRadius],
    ['border-bottom-right-radius', cs.borderBottomRightRadius],
    ['border-bottom-left-radius', cs.borderBottomLeftRadius],
    ['text-transform', cs.textTransform],
  ];
  if (cs.backgroundImage !== 'none') declarations.push(['background', cs.backgroundImage]);
  let radiusReported = false;
  for (const [property, value] of declarations) {
    // A computed corner with two radii ("20px 10px") is elliptical: the core reads that as "a / b".
    const asWritten = property.endsWith('radius') ? value.replace(/^(\S+) (\S+)$/, (m, a: string, b: string) => (a === b ? a : `${a} / ${b}`)) : value;
    const v = checkButtonDeclaration(property, property === 'height' ? `${Math.round(height)}px` : asWritten);
    if (!v) continue;
    if (property.endsWith('radius')) {
      if (radiusReported) continue;
      radiusReported = true;
    }
    push('mitid-cta-style', `renders ${property} ${value}; the brand asks for ${v.expected}`, { property, actual: value, expected: v.expected });
  }
  if (!checkButtonDeclaration('font-family', cs.fontFamily)) {
    const family = FONT_FAMILIES[0];
    const { loaded, how } = fontLoaded(el.ownerDocument, family);
    if (!loaded) {
      push('mitid-cta-font-loaded', `names "${family}" but the font is not loaded (${how}), so users see a fallback. Load it with document-level @font-face (mitid-ux-kit/fonts.css)`, {
        fontFamily: cs.fontFamily,
        status: how,
      });
    }
  }
}

export function checkCallToAction(cta: Element, options: AuditOptions, roots: (Document | ShadowRoot | Element)[] = [cta.ownerDocument]): RawFinding[] {
  const el = ctaTarget(cta);
  const findings: RawFinding[] = [];
  const push = (ruleId: AuditRuleId, message: string, evidence: Evidence): void => {
    findings.push({ ruleId, message: `MitID call to action ${message}`, element: el, evidence });
  };
  const kind = kindProblem(el);
  if (kind) push('mitid-cta-element', kind, { element: el.localName, role: el.getAttribute('role') ?? '', tabindex: el.getAttribute('tabindex') ?? '' });

  // A component host's own generated content is drawn beside its inner button.
  const text = el === cta ? visibleText(el) : normalizeText(`${pseudoText(cta, '::before')}${visibleText(el)}${pseudoText(cta, '::after')}`);
  const name = accessibleName(el);
  const classified = classifyText(text, options);
  if (classified.kind === 'near-miss') {
    push('mitid-cta-text', `reads "${text}" (${classified.reason}); use "${classified.suggestion}"`, { visibleText: text, suggestion: classified.suggestion, reason: classified.reason });
  } else if (classified.kind === 'other') {
    push('mitid-cta-text', `reads "${text}", which is not one of the approved phrases (such as "Log ind med MitID")`, { visibleText: text });
  }
  if (name !== text) {
    const why = classifyText(name, options).kind === 'approved' ? 'screen readers hear another phrase than users see' : 'a logo with alt text or an aria-label changes what screen readers say';
    push('mitid-cta-name', `has the accessible name "${name}" but shows "${text}": ${why}. Give the logo alt="" and drop the aria-label`, { accessibleName: name, visibleText: text });
  }
  styleFindings(el, push);
  for (const p of checkPaint(cta, el, roots)) findings.push({ ...p, element: el });
  return findings;
}
