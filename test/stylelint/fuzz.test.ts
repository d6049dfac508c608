/** Strange input never throws: random selectors, values and stylesheets through the shared engine. */
import fc from 'fast-check';
import postcss from 'postcss';
import postcssScss from 'postcss-scss';
import { expect, test } from 'vitest';
import mitid from '../../stylelint-plugin/postcss.js';
import { parseComplex, splitSelectorList } from '../../stylelint-plugin/lib/selectors.js';
import { substituteVariables } from '../../stylelint-plugin/lib/variables.js';

const pieces = ['verify', '.mitid-btn', '.eid-btn', '--mitid', '&', ':hover', '::before', ' ', '>', '+', '~', ',', '(', ')', '[', ']', '"', "'", '#{$x}', 'POSTCSS_LIT_0', '*', '\\', ':global(', ':not(', '.powered-by', '#', '.', '$', '%ph', '@'];
const text = fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((a) => a.join(''));
const values = ['#ff0000', '93vh', 'var(--a)', 'var(--a, red)', '$a', 'none', '0', 'calc(100vh - $a)', 'rect(0 0 0 0)', 'translate(-9999px)', '(', ')', '#{$a}', 'POSTCSS_LIT_1', '-1e999px', 'min(', 'hidden'];
const value = fc.array(fc.constantFrom(...values), { minLength: 1, maxLength: 4 }).map((a) => a.join(' '));
const props = ['background', 'color', 'height', 'max-height', 'overflow', 'display', 'filter', 'clip', 'transform', 'left', 'font', 'padding', '--a', '$a', 'opacity'];

test('the selector reader never throws', () => {
  fc.assert(
    fc.property(text, (s) => {
      for (const part of splitSelectorList(s)) expect(Array.isArray(parseComplex(part).compounds)).toBe(true);
    }),
  );
});

test('variable substitution never throws and never loops', () => {
  fc.assert(
    fc.property(value, fc.dictionary(fc.constantFrom('--a', '$a', '--b'), value), (v, vars) => {
      const out = substituteVariables(v, (name) => vars[name]);
      expect(out === undefined || typeof out === 'string').toBe(true);
    }),
  );
});

test('every rule over random SCSS never throws', async () => {
  const decl = fc.tuple(fc.constantFrom(...props), value).map(([p, v]) => `${p}: ${v};`);
  const block = fc.tuple(text, fc.array(decl, { maxLength: 4 })).map(([sel, ds]) => `${sel || 'a'} { ${ds.join(' ')} }`);
  await fc.assert(
    fc.asyncProperty(fc.array(block, { maxLength: 5 }), async (blocks) => {
      let root;
      try {
        root = postcssScss.parse(blocks.join('\n'));
      } catch {
        return; // not SCSS at all: nothing to check
      }
      const result = await postcss([mitid()]).process(root, { from: 'fuzz.scss' });
      expect(Array.isArray(result.warnings())).toBe(true);
    }),
    { numRuns: 300 },
  );
});
