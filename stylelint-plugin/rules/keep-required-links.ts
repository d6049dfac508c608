/**
 * mitid/keep-required-links (L6): the "Powered by" text and the MitID support and privacy links
 * stay visible. Reports hiding declarations on them and on what encloses them in the file.
 */
import type { Declaration } from 'postcss';
import { parseColor, resolveLength } from 'mitid-ux-kit/core';
import { ancestorKeys, compilePatterns, mentions, prefilterOf, declarationsOf, defineRule, onValue, styleEntries, valueOf, type Finding } from '../lib/engine.js';
import { compoundIncludes, compoundKey, parseCompounds, subjectOf, type Compound } from '../lib/selectors.js';
import { variablesOf } from '../lib/variables.js';

export interface KeepRequiredLinksOptions {
  /** Compound selectors of the required texts and links, added to the defaults. */
  selectors?: string[];
  /** Regular expressions for class, id or href values of the required texts and links; replace the defaults. */
  patterns?: string[];
}

/** Kit's defaults for the broker page: names a "Powered by" line or a MitID support/privacy link carries. */
export const DEFAULT_LINK_PATTERNS = [
  'powered[-_]?by',
  'privacy[-_]?(?:policy|link)',
  '(?:mitid|broker|idura|criipto)[-_]?(?:support|help|privacy)',
  '(?:support|help)[-_]?link',
  '(?:^|[^\\w-])mitid\\.dk',
];

/** Words every default pattern needs somewhere in the file. */
const DEFAULT_LINK_TEXT = /powered|privacy|mitid|broker|idura|criipto|(?:support|help)[-_]?link/i;

const OFF_SCREEN_PX = -999;

function px(value: string, resolveVar: (name: string) => string | undefined): ReturnType<typeof resolveLength> {
  return resolveLength(value, { resolveVar });
}

/** Why a declaration hides its element, or undefined. Unknown values never count. */
function hiding(decl: Declaration, value: string, resolveVar: (name: string) => string | undefined): string | undefined {
  const prop = decl.prop.toLowerCase();
  const v = value.trim().toLowerCase();
  if (prop === 'display' && v === 'none') return 'display: none hides it';
  if (prop === 'visibility' && (v === 'hidden' || v === 'collapse')) return `visibility: ${v} hides it`;
  if (prop === 'content-visibility' && v === 'hidden') return 'content-visibility: hidden hides it';
  if (prop === 'opacity') {
    const n = /^([\d.]+)(%?)$/.exec(v);
    if (n && Number(n[1]) === 0) return 'zero opacity hides it';
  }
  if (prop === 'color' && parseColor(v)?.a === 0) return 'a transparent colour hides the text';
  if (/^(?:max-)?(?:width|height|inline-size|block-size)$|^font-size$/.test(prop)) {
    const l = px(v, resolveVar);
    if (l.kind === 'px' && l.px <= 0) return `${prop}: ${value} gives it no size`;
  }
  if (/^(?:left|right|top|bottom|inset-(?:inline|block)(?:-start|-end)?|margin-(?:left|top|inline-start|block-start)|text-indent)$/.test(prop)) {
    const l = px(v, resolveVar);
    if ((l.kind === 'px' && l.px <= OFF_SCREEN_PX) || (l.kind === 'viewport' && l.px <= 0 && (l.vw <= -100 || l.vh <= -100))) return `${prop}: ${value} moves it off screen`;
  }
  if (prop === 'scale' && /^0(?:\.0*)?(?:\s+0(?:\.0*)?)*$/.test(v)) return `scale: ${value} shrinks it to nothing`;
  if (prop === 'transform' && /scale[xy]?\(\s*0(?:\.0*)?\s*[,)]/.test(v)) return `transform: ${value} shrinks it to nothing`;
  if (prop === 'translate' || prop === 'transform') {
    const args = prop === 'translate' ? [v] : [...v.matchAll(/translate(?:x|y|3d)?\(([^)]*)\)/g)].map((m) => m[1] as string);
    const far = args.some((a) => a.split(/\s*,\s*|\s+/).some((part) => {
      const l = px(part, resolveVar);
      return l.kind === 'px' && l.px <= OFF_SCREEN_PX;
    }));
    if (far) return `${prop}: ${value} moves it off screen`;
  }
  if (prop === 'clip') {
    const r = /^rect\((.*)\)$/.exec(v);
    const sides = r?.[1]?.split(/\s*,\s*|\s+/).map((p) => px(p, resolveVar));
    if (sides?.length === 4 && sides.every((s) => s.kind === 'px')) {
      const [t, rt, b, l] = sides.map((s) => (s.kind === 'px' ? s.px : 0)) as [number, number, number, number];
      if (rt <= l || b <= t) return `clip: ${value} cuts it away`;
    }
  }
  if (prop === 'clip-path' && /^(?:inset\(\s*(?:50|100)%|circle\(\s*0(?:px|%)?\s*[)a]|polygon\(\s*(?:0(?:px|%)?\s+0(?:px|%)?\s*,?\s*)+\))/.test(v)) return `clip-path: ${value} cuts it away`;
  return undefined;
}

function names(c: Compound): string[] {
  return [...c.classes, ...c.ids, ...c.attrs.map((a) => (a.name === 'href' ? (a.value ?? '') : ''))].filter(Boolean);
}

export default defineRule<KeepRequiredLinksOptions>({
  name: 'keep-required-links',
  description: 'The "Powered by" text and the MitID support and privacy links are never hidden.',
  fixable: false,
  options: { selectors: 'strings', patterns: 'strings' },
  check(root, options) {
    const patterns = compilePatterns(options.patterns ?? DEFAULT_LINK_PATTERNS);
    const selectors = parseCompounds(options.selectors ?? []);
    const isLink = (c: Compound | undefined): boolean =>
      !!c && !c.unknown && !c.pseudoElement && (selectors.some((p) => compoundIncludes(c, p)) || names(c).some((n) => patterns.some((re) => re.test(n))));
    const prefilter = new RegExp([...patterns.map((p) => p.source), prefilterOf(selectors).source].join('|'), 'i');
    // With the default patterns, a file that never mentions these words cannot hide a required link.
    if (!options.patterns && !mentions(root, DEFAULT_LINK_TEXT) && !mentions(root, prefilterOf(selectors))) return [];
    const entries = styleEntries(root);
    const enclosing = ancestorKeys(entries, prefilter, isLink, compoundKey);
    const resolveVar = variablesOf(root);
    const findings: Finding[] = [];
    for (const entry of entries) {
      if (!enclosing.size && !entry.selectors.some((s) => prefilter.test(s))) continue;
      for (const complex of entry.complexes()) {
        const subject = subjectOf(complex);
        if (!subject || subject.unknown) continue;
        const label = complex.text;
        const what = isLink(subject) ? `"${label}" is a required MitID text or link` : enclosing.has(compoundKey(subject)) && !subject.pseudoElement ? `"${label}" encloses a required MitID text or link` : undefined;
        if (!what) continue;
        for (const decl of declarationsOf(entry.container)) {
          const v = valueOf(decl);
          const why = v && hiding(decl, v.value, resolveVar);
          if (why) findings.push(onValue(decl, `${what} and must stay visible: ${why}`));
        }
        break;
      }
    }
    return findings;
  },
});
