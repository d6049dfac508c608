/**
 * Markup inside untagged strings and template literals (`res.send('<a href="/login">…</a>')`,
 * `` el.innerHTML = `<button>${label}</button>` ``): parsed like an `.html` file (template
 * literals like a Lit template, so `${}` holes resolve), every range exact in the linted file.
 */
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { angularExpression, angularInterpolation, componentNames, INTERPOLATION } from './angular-expressions.js';
import { litElements } from './lit.js';
import { allElements, unknownNode, type MarkupSource } from './markup.js';
import { once } from './once.js';
import type { ElementView, Node } from './types.js';

/** The click-like events of the analyzer's CLICK_EVENTS. */
const EVENT = 'click|dblclick|press|tap|key(?:down|up|press)|mouse(?:down|up)|pointer(?:down|up)';
/**
 * An element that can be a call to action, written as markup: a link, a button, or an element with
 * a role or a click handler in any syntax markupAttrName reads (`onclick`, `@click`, `(click)`,
 * `on:click`, `v-on:click`, `x-on:click`), or a custom element named for MitID (`<app-mitid-button>`);
 * or a frame, which may show the login page (mitid/no-embedded-login).
 */
const MARKUP = new RegExp(`<(?:a|button|input|i?frame|embed|object|[a-z][\\w-]*mit-?id[\\w-]*)[\\s>/]|<[a-z][\\w-]*\\s[^<>]*(?:\\brole|(?:\\bon|@|\\(|\\b(?:v-on|x-on|on):)(?:${EVENT}))[\\s=.|)]`, 'i');
/** Test and story files assert and show strings; their markup is no product's button. */
export const TEST_FILE = /(?:^|[/\\])(?:__tests__|__mocks__|tests?|e2e|cypress|playwright)[/\\]|\.(?:test|spec|e2e|cy|stories)\.[cm]?[jt]sx?$/i;

const parsed = new WeakMap<Node, ElementView[]>();

/**
 * A string literal's markup: its raw text between the quotes, escapes blanked to the same length
 * (offsets stay exact). `at`: where the literal starts in `text`, when `text` is not the file.
 */
export function literalMarkup(node: Node, text: string, at = node.range[0]): { src: MarkupSource; roots: DefaultTreeAdapterMap['childNode'][] } {
  const raw = text.slice(at + 1, at + node.range[1] - node.range[0] - 1).replace(/\\(?:[nrt]|(.))/g, (m, c: string | undefined) => ` ${c ?? ' '}`);
  const toSource = (offset: number): number => node.range[0] + 1 + offset;
  // A component's `template: '…'` is Angular: its `{{ }}` and `[prop]` bindings are values, read from the text as written.
  const names = node.parent ? componentNames(node) : undefined;
  const written = (from: number, to: number): string => text.slice(at + 1 + from, at + 1 + to);
  const src: MarkupSource = {
    framework: 'html',
    text: raw,
    toSource,
    holes: names ? INTERPOLATION : /(?!)/,
    holeNode: (m, start) => (names ? angularInterpolation(written(start, start + m[0].length), toSource(start), names) : unknownNode([toSource(start), toSource(start + m[0].length)])),
    ...(names ? { expression: (from: number, to: number) => angularExpression(written(from, to), toSource(from), names) } : {}),
  };
  // Parsed as a browser without scripting does: <noscript> content is markup (the fallback login link).
  return { src, roots: parseFragment(raw, { sourceCodeLocationInfo: true, scriptingEnabled: false }).childNodes };
}

function literalElements(node: Node, text: string): ElementView[] {
  const { src, roots } = literalMarkup(node, text);
  return [...allElements(roots, src)];
}

/** Markup that may hold a call to action, or an Angular component's `template:` (whatever its elements: the component decides). */
const isMarkup = (text: string, node: Node): boolean => MARKUP.test(text) || (text.includes('<') && !!node.parent && componentNames(node) !== undefined);

/** Elements of the markup a string or untagged template literal holds; none when it holds none. */
export function stringElements(node: Node, text: string): ElementView[] {
  if (node.type === 'Literal') {
    if (typeof node['value'] !== 'string' || !isMarkup(node['value'], node)) return [];
  } else if (node.type === 'TemplateLiteral') {
    if (node.parent?.type === 'TaggedTemplateExpression') return [];
    const quasis = (node['quasis'] as Node[] | undefined) ?? [];
    if (!isMarkup(quasis.map((q) => (q['value'] as { raw: string }).raw).join('\uE000'), node)) return [];
  } else return [];
  return once(parsed, node, () => {
    try {
      return node.type === 'Literal' ? literalElements(node, text) : [...litElements(node)];
    } catch {
      return [];
    }
  });
}
