/**
 * mitid/no-box-restyle (L5): nothing inside the MitID box is restyled. Reports selectors that
 * reach into the box (`verify *`, `verify iframe`, `.mitid-box > div`) and properties on the box
 * that change how its content looks (filter, transform, opacity, zoom, blending).
 */
import { declarationsOf, defineRule, mentions, onSelector, onValue, styleEntries, type Finding } from '../lib/engine.js';
import { boxMatcher, type BoxOptions } from '../lib/box.js';
import { subjectOf } from '../lib/selectors.js';

export type NoBoxRestyleOptions = Pick<BoxOptions, 'boxSelectors'>;

const RESTYLING = /^(?:-webkit-)?(?:filter|transform|scale|rotate|zoom|opacity|mix-blend-mode)$/i;
const NEUTRAL = /^(?:none|normal|auto|1|100%|initial|inherit|unset|revert|revert-layer)$/i;

export default defineRule<NoBoxRestyleOptions>({
  name: 'no-box-restyle',
  description: 'No selector reaches inside the MitID box, and nothing changes how its content looks.',
  fixable: false,
  options: { boxSelectors: 'strings' },
  check(root, options) {
    const { isBox, prefilter } = boxMatcher(options);
    if (!mentions(root, prefilter)) return [];
    const findings: Finding[] = [];
    for (const entry of styleEntries(root)) {
      if (!entry.selectors.some((s) => prefilter.test(s))) continue;
      for (const complex of entry.complexes()) {
        const { compounds, combinators } = complex;
        const at = compounds.findIndex(isBox);
        if (at < 0) continue;
        if (at < compounds.length - 1 && (combinators[at] === ' ' || combinators[at] === '>')) {
          findings.push(onSelector(entry.container, `"${complex.text}" reaches inside the MitID box; nothing inside it may be restyled, style only the page around it`));
          break;
        }
        if (isBox(subjectOf(complex))) {
          for (const decl of declarationsOf(entry.container)) {
            if (RESTYLING.test(decl.prop) && !NEUTRAL.test(decl.value.trim())) {
              findings.push(onValue(decl, `${decl.prop}: ${decl.value} on the MitID box "${complex.text}" changes how its content looks; expected no ${decl.prop} (or ${decl.prop}: none)`));
            }
          }
          break;
        }
      }
    }
    return findings;
  },
});
