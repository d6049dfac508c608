/**
 * The one shape every framework adapter (JSX, Lit, HTML, Vue) gives an element, so the rule logic
 * never looks at framework syntax. Modelled on html-eslint's adapters: name, attributes, children.
 */
import type { AST, Rule } from 'eslint';

/** A source range in the linted file (offsets into `sourceCode.text`). */
export type Range = [number, number];

/** Any ESTree (or JSX, or Vue) node: rules read only what they check for. */
export interface Node {
  type: string;
  range: Range;
  loc: AST.SourceLocation;
  parent?: Node;
  [key: string]: unknown;
}

/**
 * A value written in markup: static text and script expressions in source order. `"x"` is
 * ['x'], `{x}` is [node], Lit's `"https://${h}/a"` is ['https://', node, '/a'].
 */
export interface Written {
  parts: (string | Node)[];
  /** Where the value is written (for reports); for static text, the text itself. */
  range: Range;
  /** Where each part is written, when the adapter knows (Lit and HTML attributes). */
  partRanges?: Range[];
  /** Static text written verbatim at `range`, so a suggestion can replace it. */
  literal?: { quote: string };
}

export interface AttrView {
  /** HTML attribute name, lower-case; JSX `className`/`htmlFor` become `class`/`for`. */
  name: string;
  /** Undefined for a bare attribute (`<button disabled>`). */
  value?: Written;
  range: Range;
}

export type ChildView =
  | { kind: 'text'; text: string; range: Range; /** JSX text: source may differ from rendered text. */ jsx?: boolean }
  | { kind: 'expr'; node: Node }
  | { kind: 'element'; element: ElementView }
  /** Vue's v-if / v-else-if / v-else chain: exactly one branch renders. */
  | { kind: 'choice'; options: ChildView[]; /** The test under which the first option shows, the others when it is false: as written, or parsed. */ test?: string | Node };

export type Framework = 'jsx' | 'lit' | 'html' | 'vue';

export interface ElementView {
  framework: Framework;
  /** As written: `button`, `Button`, `UI.Button`, `mitid-button` (HTML names lower-case). */
  name: string;
  /** True for a component (`Button`, `UI.Button`); false for an HTML or custom element. */
  component: boolean;
  attrs: AttrView[];
  /** Event names it handles, lower-case, without `on`: `click`, `press`, `keydown`. */
  events: string[];
  children: ChildView[];
  /** The whole element, and its start tag's name. */
  range: Range;
  nameRange: Range;
  /** A stable object for caching facts about this element (the AST node). */
  key: object;
  /** The element it is written in, where the adapter knows (a submit button's form). */
  parent?(): ElementView | undefined;
}

/** What every adapter is handed: the rule context and a place to report. */
export type Context = Rule.RuleContext;
