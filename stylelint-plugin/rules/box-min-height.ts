/**
 * mitid/box-min-height (L4): the MitID box and what encloses it never get a height that can clip
 * the box's 588px, nor `overflow: hidden` together with such a height. Viewport heights
 * (`max-height: 93vh`) are reported with the screen height below which clipping starts.
 */
import type { AtRule, Declaration, Node } from 'postcss';
import { checkBoxHeight, isBoxHeightProperty, ROOT_FONT_SIZE_PX, type BoxHeightVerdict } from 'mitid-ux-kit/core';
import { declarationsOf, defineRule, onValue, type Finding } from '../lib/engine.js';
import { boxTargets, type BoxOptions, type BoxTarget } from '../lib/box.js';
import { variablesOf } from '../lib/variables.js';

const CLIPPING_OVERFLOW = /^(?:hidden|clip)(?:\s+(?:hidden|clip|visible|auto|scroll))?$|^(?:visible|auto|scroll)\s+(?:hidden|clip)$/i;

function where(t: BoxTarget): string {
  return t.kind === 'box' ? `the MitID box "${t.label}"` : `"${t.label}", which encloses the MitID box`;
}

function clipText(verdict: BoxHeightVerdict): string | undefined {
  if (verdict.verdict === 'too-short') return `can clip it: the MitID box needs at least ${verdict.minPx}px (use min-height, or no height)`;
  if (verdict.verdict === 'viewport') return `clips it on screens shorter than ${verdict.clipsBelowPx}px: the MitID box needs at least ${verdict.minPx}px (use min-height, or no height)`;
  return undefined;
}

/** The viewport height one `@media (min-height: N)` at-rule guarantees (0 for any other node). */
function mediaGuarantee(n: Node): number {
  const media = n.type === 'atrule' && /^media$/i.test((n as AtRule).name) ? (n as AtRule).params : '';
  // A list (`a, b`) or a negation guarantees nothing about every screen it matches.
  if (!media || /,|\bnot\b/i.test(media)) return 0;
  let px = 0;
  for (const m of media.matchAll(/(?:min-height\s*:|\bheight\s*>=?)\s*([\d.]+)(px|r?em)\b/gi)) {
    px = Math.max(px, Number(m[1]) * ((m[2] as string).toLowerCase() === 'px' ? 1 : ROOT_FONT_SIZE_PX));
  }
  return px;
}

const guarantees = new WeakMap<Node, number>();

/**
 * The viewport height enclosing `@media (min-height: N)` rules guarantee (0 if none): a 93vh there
 * may be safe. Memoised per node, so rules nested thousands deep do not each walk every ancestor.
 */
function guaranteedScreenHeight(decl: Declaration): number {
  const path: Node[] = [];
  let px = 0;
  for (let n: Node | undefined = decl.parent; n; n = n.parent) {
    const known = guarantees.get(n);
    if (known !== undefined) {
      px = known;
      break;
    }
    path.push(n);
  }
  for (let i = path.length - 1; i >= 0; i--) {
    const n = path[i] as Node;
    px = Math.max(px, mediaGuarantee(n));
    guarantees.set(n, px);
  }
  return px;
}

export default defineRule<BoxOptions>({
  name: 'box-min-height',
  description: 'The MitID box and its ancestors keep room for the 588px box: no short height, no clipping overflow.',
  fixable: false,
  options: { boxSelectors: 'strings', ancestorSelectors: 'strings' },
  check(root, options) {
    const targets = boxTargets(root, options);
    if (!targets.length) return [];
    const resolveVar = variablesOf(root);
    const findings: Finding[] = [];
    for (const t of targets) {
      const decls = declarationsOf(t.entry.container);
      let clipping: Declaration | undefined;
      for (const decl of decls) {
        if (!isBoxHeightProperty(decl.prop)) continue;
        const verdict = checkBoxHeight(decl.value, { resolveVar });
        const text = clipText(verdict);
        if (!text || (verdict.verdict === 'viewport' && verdict.clipsBelowPx <= guaranteedScreenHeight(decl))) continue;
        clipping ??= decl;
        findings.push(onValue(decl, `${decl.prop}: ${decl.value} on ${where(t)} ${text}`));
      }
      if (!clipping) continue;
      for (const decl of decls) {
        if (/^overflow(?:-y|-block)?$/i.test(decl.prop) && CLIPPING_OVERFLOW.test(decl.value.trim())) {
          findings.push(onValue(decl, `${decl.prop}: ${decl.value} on ${where(t)} clips the box with ${clipping.prop}: ${clipping.value}; expected overflow: visible, or no height`));
        }
      }
    }
    return findings;
  },
});
