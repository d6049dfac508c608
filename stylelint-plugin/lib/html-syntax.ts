/**
 * The CSS of `<style>` blocks may be wrapped in `<!-- ... -->` (CSS calls them CDO/CDC tokens and
 * ignores them between rules; old pages hid styles from pre-CSS browsers so). PostCSS does not know
 * them and fails on valid HTML. This CSS syntax for postcss-html parses the block with the markers
 * blanked (offsets unchanged), then puts them back into the white space around the rules they sat
 * between, so positions are exact and `--fix` writes them back (PostCSS's own stringify would escape
 * them as `\3c !--`). A marker anywhere else is invalid CSS: then the block is parsed as written and
 * fails as it should.
 */
import postcss, { type Root, type Syntax } from 'postcss';
import Stringifier from 'postcss/lib/stringifier';

const MARKER = /<!--|-->/g;
/** Roots whose white space holds the markers again. */
const withMarkers = new WeakSet<Root>();

function parse(css: string, opts?: Parameters<typeof postcss.parse>[1]): Root {
  const text = String(css);
  const markers = [...text.matchAll(MARKER)].map((m) => [m.index, m.index + m[0].length] as const);
  if (!markers.length) return postcss.parse(text, opts);
  const blanked = text.replace(MARKER, (m) => ' '.repeat(m.length));
  let root: Root;
  try {
    root = postcss.parse(blanked, opts);
  } catch {
    return postcss.parse(text, opts);
  }
  // White space between top-level nodes: [start, end) in the block, and where its text lives.
  const gaps: { start: number; end: number; set: (s: string) => void }[] = [];
  for (const node of root.nodes) {
    const before = node.raws.before ?? '';
    const at = node.source?.start?.offset;
    if (at !== undefined) gaps.push({ start: at - before.length, end: at, set: (s) => (node.raws.before = s) });
  }
  const after = root.raws.after ?? '';
  gaps.push({ start: blanked.length - after.length, end: blanked.length, set: (s) => (root.raws.after = s) });
  // Both lists are in source order: one pass matches each marker to the gap that holds it.
  const holders = new Set<(typeof gaps)[number]>();
  let g = 0;
  for (const [s, e] of markers) {
    while (g < gaps.length && (gaps[g] as (typeof gaps)[number]).end < e) g++;
    const gap = gaps[g];
    if (!gap || gap.start > s) return postcss.parse(text, opts);
    holders.add(gap);
  }
  for (const gap of holders) gap.set(text.slice(gap.start, gap.end));
  withMarkers.add(root);
  return root;
}

/** Plain CSS that accepts HTML comment markers between rules (postcss-html's `css` syntax). */
export const cssInHtml: Syntax = {
  parse: parse as Syntax['parse'],
  stringify: (node, builder) => (node.type === 'root' && withMarkers.has(node) ? new Stringifier(builder).stringify(node) : postcss.stringify(node, builder)),
};
