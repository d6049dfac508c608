/**
 * The file's own style sheets as styles of its MitID calls to action. Real pages style the button
 * through a class that does not name MitID (`<button class="login-btn">Log ind med MitID</button>`
 * with `.login-btn { background: #333 }` in the same file's `<style>`): stylelint alone cannot know
 * that class is the MitID button; the analyzer, which identified the button, can.
 *
 * Sheets read: `<style>` blocks anywhere in the file (HTML, Vue, Svelte, Astro, server templates,
 * markup in strings), an Angular component's inline `styles` and its `styleUrl`/`styleUrls` files
 * (for a `templateUrl` template, its component's), and the CSS module a file imports
 * (`className={styles.primary}`, Vue's `$style.primary` from `<style module>`). A rule reaches the
 * button when its subject compound holds only the button's tag, classes and a state pseudo-class
 * (`.login-btn`, `button.btn.primary:hover`); per property group and state the winner (importance,
 * specificity, source order) is judged by the core. A property that a rule this reading cannot
 * settle also sets (a descendant selector, a media query, an id or attribute, `:not()`), or that an
 * inline style or utility class sets, is skipped: never guessed.
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, resolve as resolvePath } from 'node:path';
import postcss, { type ChildNode, type Container, type Declaration as CssDeclaration, type Root } from 'postcss';
import postcssScss from 'postcss-scss';
import { BUTTON_STYLE_PROPERTIES, identifierNamesMitID, propertyFamily, tailwindDeclaration, type ButtonState } from 'mitid-ux-kit/core';
import type { Context, ElementView, Node, Range } from './adapters/types.js';
import type { Analyzer } from './analyzer.js';
import { childNodes, dottedName, nodes, prop } from './ast.js';
import { templateComponentFile } from './adapters/angular-class.js';
import { styledTarget } from './style-objects.js';
import { classTokens, inlineStyles } from './styles.js';

/** One declaration of a sheet that reaches the button: where it is written and why it applies. */
export interface SheetDeclaration {
  property: string;
  value: string;
  state: ButtonState;
  selector: string;
  /** Offsets in the linted file, when the sheet is written in it. */
  range?: Range;
  /** The other file it is written in (a CSS module), with its line. */
  file?: { path: string; line: number };
  /** The class token (in the linted file) that brings a module's rule to the button. */
  via?: { token: string; range: Range };
}

interface Sheet {
  root: Root;
  /** Offset of the sheet's first character in the linted file; undefined for another file. */
  offset?: number;
  path?: string;
  /** Vue's `<style module>` (read through `$style`) and CSS module files: class names are keys. */
  module: boolean;
  /** A styled component's template: its rules are written for `.__styled__`, shown as the component's name. */
  label?: string;
}

/** The class a styled component's template is wrapped in, so its own declarations and `&` rules read as rules. */
const STYLED = '__styled__';

interface Compound {
  tag?: string;
  classes: string[];
  state: ButtonState;
  /** Only a tag, classes and one state pseudo-class: the reading is certain. */
  plain: boolean;
  specificity: [number, number, number];
}

interface Applied {
  decl: CssDeclaration;
  sheet: Sheet;
  selector: string;
  state: ButtonState;
  /** The rule certainly reaches the button (one compound, nothing this reading cannot settle). */
  certain: boolean;
  specificity: [number, number, number];
  order: number;
}

const STATES: Record<string, ButtonState> = { hover: 'hover', active: 'active', focus: 'focus', 'focus-visible': 'focus', 'focus-within': 'focus' };
const PROPERTIES = new Set<string>(BUTTON_STYLE_PROPERTIES);
const MAX_SHEET = 256 * 1024;
const MAX_RULES = 4000;

/** Splits a selector on combinators outside brackets and parentheses; the last part is the subject. */
function compoundsOf(selector: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < selector.length; i++) {
    const ch = selector[i];
    if (ch === '\\') i++;
    else if (ch === '(' || ch === '[') depth++;
    else if (ch === ')' || ch === ']') depth = Math.max(0, depth - 1);
    else if (depth === 0 && (ch === ' ' || ch === '>' || ch === '+' || ch === '~')) {
      if (i > start) out.push(selector.slice(start, i));
      start = i + 1;
    }
  }
  if (start < selector.length) out.push(selector.slice(start));
  return out.filter((c) => c.trim());
}

/** Reads one compound selector; undefined when it styles a pseudo-element or cannot be read. */
function readCompound(text: string): Compound | undefined {
  const re = /^(?:([a-zA-Z][\w-]*|\*))?((?:\.[\w-]+|#[\w-]+|\[[^\]]*\]|::?[\w-]+(?:\([^)]*\))?)*)$/;
  const m = re.exec(text.trim());
  if (!m) return undefined;
  const out: Compound = { tag: m[1] && m[1] !== '*' ? m[1].toLowerCase() : undefined, classes: [], state: 'default', plain: true, specificity: [0, 0, m[1] && m[1] !== '*' ? 1 : 0] };
  for (const part of (m[2] ?? '').match(/\.[\w-]+|#[\w-]+|\[[^\]]*\]|::?[\w-]+(?:\([^)]*\))?/g) ?? []) {
    if (part.startsWith('::') || /^:(?:before|after|placeholder|first-line|first-letter)$/i.test(part)) return undefined;
    if (part.startsWith('.')) {
      out.classes.push(part.slice(1));
      out.specificity[1]++;
    } else if (part.startsWith('#')) {
      out.plain = false;
      out.specificity[0]++;
    } else {
      out.specificity[1]++;
      const state = part.startsWith(':') ? STATES[part.slice(1).toLowerCase()] : undefined;
      if (state && out.state === 'default') out.state = state;
      else out.plain = false;
    }
  }
  return out;
}

/** Full selectors of a rule, nesting resolved (`&` replaced, or the parent prefixed). */
function selectorsOf(rule: postcss.Rule): string[] {
  const own = rule.selectors ?? [];
  const parent = rule.parent;
  if (parent?.type !== 'rule') return own;
  const outer = selectorsOf(parent as postcss.Rule);
  return outer.flatMap((p) => own.map((s) => (s.includes('&') ? s.replace(/&/g, p) : `${p} ${s}`))).slice(0, 64);
}

/** Whether the rule sits under an at-rule that makes it conditional (a media query, a container query). */
function conditional(node: ChildNode): boolean {
  for (let p: Container | undefined = node.parent as Container | undefined; p && p.type !== 'root'; p = p.parent as Container | undefined) {
    if (p.type === 'atrule' && !/^(?:layer|supports)$/i.test((p as postcss.AtRule).name)) return true;
  }
  return false;
}

function parseSheet(css: string, scss: boolean): Root | undefined {
  if (css.length > MAX_SHEET) return undefined;
  try {
    return (scss ? postcssScss.parse(css) : postcss.parse(css)) as Root;
  } catch {
    return undefined;
  }
}

const STYLE_BLOCK = /<style\b([^>]*)>([\s\S]*?)<\/style\s*>/gi;
/** An Angular component's inline `styles: [`…`]` (or a single string): plain CSS without holes. */
const INLINE_STYLES = /\bstyles\s*:\s*\[?\s*(`[^`$]*`|'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")/g;

/** The sheets written in the file itself. */
function ownSheets(text: string): Sheet[] {
  const out: Sheet[] = [];
  for (const m of text.matchAll(STYLE_BLOCK)) {
    const attrs = m[1] ?? '';
    const lang = /\blang\s*=\s*["']?(\w+)/i.exec(attrs)?.[1]?.toLowerCase() ?? 'css';
    if (lang !== 'css' && lang !== 'scss' && lang !== 'postcss') continue;
    const body = m[2] ?? '';
    const root = parseSheet(body, lang === 'scss');
    if (root) out.push({ root, offset: m.index + m[0].indexOf('>') + 1, module: /\bmodule\b/i.test(attrs) });
  }
  if (/@Component\s*\(/.test(text)) {
    for (const m of text.matchAll(INLINE_STYLES)) {
      const literal = m[1] ?? '';
      const root = parseSheet(literal.slice(1, -1), false);
      if (root) out.push({ root, offset: m.index + m[0].length - literal.length + 1, module: false });
    }
  }
  return out;
}

/**
 * The template of a styled component (`const LoginButton = styled.button\`…\``, `styled(Button)`,
 * `.attrs(...)`) as a sheet wrapped in `.__styled__ { … }`. Each `${…}` keeps its length: a comment
 * where it stands for whole declarations, a filler that no value check reads elsewhere.
 */
function styledSheet(text: string, tagged: Node, name: string): Sheet | undefined {
  const quasi = prop(tagged, 'quasi');
  if (!quasi) return undefined;
  const [start, end] = [quasi.range[0] + 1, quasi.range[1] - 1];
  let css = '';
  let at = start;
  for (const e of nodes(quasi, 'expressions')) {
    const open = text.lastIndexOf('${', e.range[0]);
    const close = text.indexOf('}', e.range[1]);
    if (open < at || close < 0 || close >= end) return undefined;
    css += text.slice(at, open);
    const length = close + 1 - open;
    const line = css.slice(css.lastIndexOf('\n') + 1).trim();
    css += line === '' || /[;{}]$/.test(line) ? `/*${'x'.repeat(Math.max(0, length - 4))}*/` : HOLE.repeat(length);
    at = close + 1;
  }
  css += text.slice(at, end);
  const prefix = `.${STYLED}{`;
  const root = parseSheet(`${prefix}${css}}`, true);
  return root ? { root, offset: start - prefix.length, module: false, label: name } : undefined;
}

const HOLE = '\uE000';

/** The file's styled components by name: `const X = styled.y\`…\`` at any depth of the program's top level. */
function styledComponents(context: Context): Map<string, Sheet> {
  const out = new Map<string, Sheet>();
  const text = context.sourceCode.text;
  if (!/\bstyled\b/.test(text)) return out;
  for (let statement of nodes(context.sourceCode.ast as unknown as Node, 'body')) {
    if (statement.type === 'ExportNamedDeclaration') statement = prop(statement, 'declaration') ?? statement;
    if (statement.type !== 'VariableDeclaration') continue;
    for (const d of nodes(statement, 'declarations')) {
      const id = prop(d, 'id');
      const init = prop(d, 'init');
      if (id?.type !== 'Identifier' || init?.type !== 'TaggedTemplateExpression' || styledTarget(prop(init, 'tag') as Node) === undefined) continue;
      const sheet = styledSheet(text, init, String(id['name']));
      if (sheet) out.set(String(id['name']), sheet);
    }
  }
  return out;
}

const fileCache = new Map<string, { mtime: number; sheet?: Sheet }>();

/** A sheet in another file (a CSS module the file imports, an Angular component's `styleUrl`), read once per change. */
function fileSheet(path: string, module = true): Sheet | undefined {
  const key = `${module ? 'module' : 'plain'}:${path}`;
  try {
    const stat = statSync(path);
    const cached = fileCache.get(key);
    if (cached?.mtime === stat.mtimeMs) return cached.sheet;
    const root = stat.isFile() && stat.size <= MAX_SHEET ? parseSheet(readFileSync(path, 'utf8'), /\.s[ac]ss$/i.test(path)) : undefined;
    const sheet = root ? { root, path, module } : undefined;
    fileCache.set(key, { mtime: stat.mtimeMs, sheet });
    return sheet;
  } catch {
    return undefined;
  }
}

/** `styleUrl: './x.scss'`, `styleUrls: ['./a.css', 'b.css']`: the sheets an Angular component's file names, from its folder. */
const STYLE_URLS = /\bstyleUrls?\s*:\s*(\[[^\]]*\]|(['"`])[^'"`\r\n]+\2)/g;
function styleUrlSheets(text: string, componentPath: string): Sheet[] {
  const out: Sheet[] = [];
  for (const m of text.matchAll(STYLE_URLS)) {
    for (const u of (m[1] ?? '').matchAll(/(['"`])([^'"`\r\n$]+)\1/g)) {
      const sheet = fileSheet(resolvePath(dirname(componentPath), u[2] as string), false);
      if (sheet) out.push(sheet);
    }
  }
  return out;
}

/** The `styleUrl(s)` sheets of the linted component file, or of the component whose `templateUrl` is the linted template. */
function angularUrlSheets(context: Context): Sheet[] {
  const text = context.sourceCode.text;
  if (/\.[cm]?ts$/i.test(context.physicalFilename)) return /@Component\s*\(/.test(text) && /\bstyleUrls?\s*:/.test(text) ? styleUrlSheets(text, context.physicalFilename) : [];
  const component = templateComponentFile(context.physicalFilename);
  // A file of several components: which one's sheets style this template is not known here.
  return component && component.templates === 1 ? styleUrlSheets(component.text, component.path) : [];
}

/** `import styles from './Login.module.css'`: local name to the module's path. */
function cssModuleImports(context: Context): Map<string, string> {
  const out = new Map<string, string>();
  const program = context.sourceCode.ast as unknown as Node;
  for (const statement of nodes(program, 'body')) {
    if (statement.type !== 'ImportDeclaration') continue;
    const source = String((prop(statement, 'source') as Node | undefined)?.['value'] ?? '');
    if (!/\.module\.(?:css|scss)$/i.test(source) || !source.startsWith('.')) continue;
    for (const s of nodes(statement, 'specifiers')) {
      const local = prop(s, 'local') as Node | undefined;
      if (s.type !== 'ImportSpecifier' && local?.type === 'Identifier') out.set(String(local['name']), resolvePath(dirname(context.physicalFilename), source));
    }
  }
  return out;
}

/** A declaration of a sheet under one of its rule's selectors, with the subject that selector styles. */
interface Candidate {
  decl: CssDeclaration;
  sheet: Sheet;
  selector: string;
  subject: Compound;
  /** Position among the sheet's declarations (source order). */
  index: number;
}

const candidatesBySheet = new WeakMap<Sheet, Candidate[]>();

/** Every button-style declaration of a sheet under each selector whose subject can be read, in source order. */
function candidates(sheet: Sheet): Candidate[] {
  const cached = candidatesBySheet.get(sheet);
  if (cached) return cached;
  const out: Candidate[] = [];
  let rules = 0;
  sheet.root.walkRules((rule) => {
    if (++rules > MAX_RULES) return false;
    const subjects = selectorsOf(rule).map((selector) => {
      const parts = compoundsOf(selector);
      const subject = readCompound(parts[parts.length - 1] ?? '');
      // Context (`.dark .btn`) or a media query makes the reading uncertain: the rule may or may not apply.
      return { selector, subject: subject && { ...subject, plain: subject.plain && parts.length === 1 && !conditional(rule) } };
    });
    for (const node of rule.nodes ?? []) {
      if (node.type !== 'decl' || !PROPERTIES.has(node.prop.toLowerCase()) || node.value.includes(HOLE)) continue;
      for (const { selector, subject } of subjects) if (subject) out.push({ decl: node, sheet, selector, subject, index: out.length });
    }
    return undefined;
  });
  candidatesBySheet.set(sheet, out);
  return out;
}

/** Whether a compound's classes are all the button's and its tag is the button's. */
function reaches(c: Compound, classes: Set<string>, tag: string): boolean {
  return c.classes.length > 0 && c.classes.every((k) => classes.has(k)) && (!c.tag || c.tag === tag);
}

/** The classes of a selector's subject compound. */
function sheetClasses(selector: string): string[] {
  const parts = compoundsOf(selector);
  return readCompound(parts[parts.length - 1] ?? '')?.classes ?? [];
}

function compare(x: Applied, y: Applied): number {
  const ix = x.decl.important ? 1 : 0;
  const iy = y.decl.important ? 1 : 0;
  if (ix !== iy) return ix - iy;
  for (let i = 0; i < 3; i++) if (x.specificity[i] !== y.specificity[i]) return (x.specificity[i] ?? 0) - (y.specificity[i] ?? 0);
  return x.order - y.order;
}

const sheetsByContext = new WeakMap<object, { own: Sheet[]; modules: Map<string, string>; styled: Map<string, Sheet> }>();

/**
 * The declarations of the file's sheets that decide the button's look, one per property group and
 * state, when every rule that may set it could be read. Elements with a class that names MitID are
 * stylelint's to judge (its rules read those selectors), so they get nothing here.
 */
export function sheetDeclarations(a: Analyzer, context: Context, view: ElementView): SheetDeclaration[] {
  let cached = sheetsByContext.get(context);
  if (!cached) {
    const text = context.sourceCode.text;
    cached = { own: [...(/<style\b|@Component\s*\(/i.test(text) ? ownSheets(text) : []), ...angularUrlSheets(context)], modules: /\.module\.(?:css|scss)['"]/.test(text) ? cssModuleImports(context) : new Map(), styled: styledComponents(context) };
    sheetsByContext.set(context, cached);
  }
  const tokens = classTokens(a, view);
  // Module classes: `styles.primary` / `styles['primary']` / `$style.primary` in the class value.
  const moduleTokens: { sheet: Sheet; token: string; range: Range }[] = [];
  for (const attr of view.attrs) {
    if (attr.name !== 'class' || !attr.value) continue;
    for (const part of attr.value.parts) {
      if (typeof part === 'string') continue;
      const stack: Node[] = [part];
      for (let n = stack.pop(), budget = 200; n && budget > 0; n = stack.pop(), budget--) {
        if (n.type !== 'MemberExpression') {
          stack.push(...childNodes(n));
          continue;
        }
        const object = dottedName(prop(n, 'object'));
        const property = prop(n, 'property');
        const key = property?.type === 'Identifier' && !n['computed'] ? String(property['name']) : property?.type === 'Literal' ? String(property['value']) : undefined;
        const path = object ? cached.modules.get(object) : undefined;
        const sheet = path ? fileSheet(path) : object === '$style' ? cached.own.find((s) => s.module) : undefined;
        if (sheet && key) moduleTokens.push({ sheet, token: key, range: n.range });
      }
    }
  }
  const plainSheets = cached.own.filter((s) => !s.module);
  const styled = view.component ? cached.styled.get(view.name) : undefined;
  if (!moduleTokens.length && !styled && (!plainSheets.length || !tokens.length)) return [];
  if ([...tokens.map((t) => t.token), ...moduleTokens.map((t) => t.token)].some((t) => identifierNamesMitID(t))) return [];
  const tag = view.component ? '' : view.name.toLowerCase();
  // Properties settled elsewhere: inline styles and utility classes beat or race the sheet.
  const elsewhere = new Set<string>();
  for (const d of inlineStyles(a, view, true)) elsewhere.add(`${d.state ?? 'default'}:${propertyFamily(d.property)}`);
  for (const { token } of tokens) {
    for (const state of ['default', 'hover', 'active', 'focus'] as ButtonState[]) {
      const d = tailwindDeclaration(token, undefined, state);
      if (d) elsewhere.add(`${state}:${propertyFamily(d.property)}`);
    }
  }

  const applied: Applied[] = [];
  const via = new Map<CssDeclaration, { token: string; range: Range }>();
  const consider = (sheet: Sheet, classes: Set<string>, first: number): void => {
    for (const c of candidates(sheet)) {
      if (reaches(c.subject, classes, tag)) applied.push({ decl: c.decl, sheet, selector: c.selector, state: c.subject.state, certain: c.subject.plain, specificity: c.subject.specificity, order: first + c.index });
    }
  };
  const classes = new Set(tokens.map((t) => t.token));
  // A styled component's own rules come first: a class on the element (a sheet's) can override them.
  if (styled) consider(styled, new Set([STYLED]), -1e6);
  plainSheets.forEach((s, i) => {
    const before = applied.length;
    consider(s, classes, i * 1e6);
    // A rule of another file is reported at the class that brings it to the button.
    if (s.path) for (const x of applied.slice(before)) {
      const token = tokens.find((t) => sheetClasses(x.selector).includes(t.token));
      if (token) via.set(x.decl, token);
    }
  });
  for (const [i, m] of moduleTokens.entries()) {
    const before = applied.length;
    consider(m.sheet, new Set([m.token]), (plainSheets.length + i) * 1e6);
    for (const x of applied.slice(before)) via.set(x.decl, { token: m.token, range: m.range });
  }

  const winners = new Map<string, Applied>();
  const unsettled = new Set<string>();
  for (const x of applied) {
    const key = `${x.state}:${propertyFamily(x.decl.prop)}`;
    if (!x.certain) unsettled.add(key);
    else if (!winners.has(key) || compare(x, winners.get(key) as Applied) > 0) winners.set(key, x);
  }
  const out: SheetDeclaration[] = [];
  for (const [key, x] of winners) {
    if (unsettled.has(key) || elsewhere.has(key)) continue;
    const start = x.decl.source?.start?.offset;
    const end = x.decl.source?.end?.offset;
    const range: Range | undefined = x.sheet.offset !== undefined && start !== undefined && end !== undefined ? [x.sheet.offset + start, x.sheet.offset + end] : undefined;
    out.push({
      property: x.decl.prop.toLowerCase(),
      value: x.decl.value,
      state: x.state,
      selector: x.sheet.label ? x.selector.replace(`.${STYLED}`, x.sheet.label) : x.selector,
      range,
      file: x.sheet.path ? { path: x.sheet.path, line: x.decl.source?.start?.line ?? 1 } : undefined,
      via: via.get(x.decl),
    });
  }
  return out;
}
