/**
 * mitid/box-min-height (L4, L7): inline styles that make the MitID box (`<verify>` on the
 * broker's page, or elements named in settings) shorter than it needs, and `window.open` of a
 * MitID login page in a window too small, or without scrollbars or resizing.
 */
import type { Rule } from 'eslint';
import { analyzeMitIDUrl, checkBoxHeight, checkPopupFeatures, isBoxHeightProperty, MITID_BOX, POPUP_MIN, type PopupProblem } from 'mitid-ux-kit/core';
import type { ElementView, Node } from '../adapters/types.js';
import { someDescendant, type Analyzer } from '../analyzer.js';
import { dottedName, nodes, prop } from '../ast.js';
import { fileMayMentionMitID } from '../relevance.js';
import { createRule, elementListener, locOf } from '../rule.js';
import { readSettings } from '../settings.js';
import { inlineStyles } from '../styles.js';
import { isComplete, textOf } from '../variants.js';

interface Options {
  minHeightPx: number;
  boxElements: string[];
  checkPopups: boolean;
}

const POPUP_MESSAGES: Record<PopupProblem['kind'], string> = {
  'too-narrow': 'popupTooNarrow',
  'too-short': 'popupTooShort',
  'no-scrollbars': 'popupNoScrollbars',
  'not-resizable': 'popupNotResizable',
};

export default createRule({
  name: 'box-min-height',
  meta: {
    type: 'problem',
    docs: { description: 'The MitID box is never made shorter than 588px, nor opened in a popup too small for it', recommended: true },
    schema: [
      {
        type: 'object',
        properties: {
          minHeightPx: { type: 'number', minimum: 0, description: `The box's height (default ${MITID_BOX.heightPx}).` },
          boxElements: { type: 'array', items: { type: 'string' }, uniqueItems: true, description: 'More elements that hold the box: tag or component names, ".class", "#id" (added to settings.mitid.boxElements).' },
          checkPopups: { type: 'boolean', description: 'Check window.open of MitID login pages (default true).' },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ minHeightPx: MITID_BOX.heightPx, boxElements: [], checkPopups: true }],
    messages: {
      tooShort: '{{property}}: {{value}} makes the MitID box {{px}}px tall; it needs at least {{min}}px and must never be clipped.',
      viewport: '{{property}}: {{value}} clips the MitID box on screens shorter than {{below}}px; it needs at least {{min}}px.',
      popupTooNarrow: 'This MitID popup is {{value}}px wide; the box needs a window at least {{min}}px wide.',
      popupTooShort: 'This MitID popup is {{value}}px tall; the box needs a window at least {{min}}px tall.',
      popupNoScrollbars: 'This MitID popup turns scrollbars off: leave them on so the box is never cut off.',
      popupNotResizable: 'This MitID popup cannot be resized: leave resizing on.',
    },
  },
  relevant(context) {
    if (fileMayMentionMitID(context)) return true;
    const targets = [...readSettings(context).boxElements, ...((context.options[0] as Partial<Options> | undefined)?.boxElements ?? [])];
    const text = context.sourceCode.text;
    return /<verify\b/i.test(text) || targets.some((t) => text.includes(t.replace(/^[.#]/, '')));
  },
  create(context, a) {
    const options: Options = { minHeightPx: MITID_BOX.heightPx, boxElements: [], checkPopups: true, ...(context.options[0] as Partial<Options> | undefined) };
    const targets = [...a.settings.boxElements, ...options.boxElements];
    const isBox = (view: ElementView): boolean => {
      if (!view.component && view.name.toLowerCase() === 'verify') return true;
      if (targets.length === 0) return false;
      const classes = (a.staticAttr(view, 'class') ?? '').split(/\s+/);
      const id = a.staticAttr(view, 'id');
      return targets.some((t) => (t.startsWith('.') ? classes.includes(t.slice(1)) : t.startsWith('#') ? id === t.slice(1) : t === view.name));
    };
    const script: Rule.RuleListener = {
      CallExpression(node) {
        if (!options.checkPopups) return;
        const n = node as unknown as Node;
        const name = dottedName(prop(n, 'callee'));
        if (name !== 'window.open' && name !== 'open' && name !== 'globalThis.open' && name !== 'self.open') return;
        const [url, , features] = nodes(n, 'arguments');
        if (!url || !features || !a.resolver.text(url).some((v) => analyzeMitIDUrl(v.segments).verdict === 'yes')) return;
        checkPopup(context, a, features);
      },
    };
    return elementListener(
      context,
      a,
      (view) => {
        // An ancestor of the box clips it as well (rules sheet: `verify` or its ancestors).
        if (!view.attrs.some((x) => x.name === 'style') || !(isBox(view) || someDescendant(view, isBox, 500))) return;
        for (const d of inlineStyles(a, view)) {
          if (!isBoxHeightProperty(d.property)) continue;
          const r = checkBoxHeight(d.value, { minPx: options.minHeightPx });
          const loc = locOf(context, d.range);
          if (r.verdict === 'too-short') context.report({ loc, messageId: 'tooShort', data: { property: d.property, value: d.value, px: String(r.px), min: String(r.minPx) } });
          else if (r.verdict === 'viewport') context.report({ loc, messageId: 'viewport', data: { property: d.property, value: d.value, below: String(r.clipsBelowPx), min: String(r.minPx) } });
        }
      },
      script,
    );
  },
});

function checkPopup(context: Rule.RuleContext, a: Analyzer, features: Node): void {
  const seen = new Set<string>();
  for (const v of a.resolver.text(features)) {
    if (!isComplete(v)) continue;
    for (const p of checkPopupFeatures(textOf(v), POPUP_MIN)) {
      if (seen.has(p.kind)) continue;
      seen.add(p.kind);
      const data = p.kind === 'too-narrow' ? { value: String(p.widthPx), min: String(p.minPx) } : p.kind === 'too-short' ? { value: String(p.heightPx), min: String(p.minPx) } : {};
      context.report({ loc: locOf(context, features.range), messageId: POPUP_MESSAGES[p.kind], data });
    }
  }
}
