/**
 * Styles in JavaScript and TypeScript beyond Lit's `css`: styled-components and emotion templates
 * (`styled.button`, `styled(Link)`, `.attrs(...)`, `createGlobalStyle`) and Angular component
 * styles (`styles: [...]` / `styles: '...'` in `@Component`). postcss-lit reads templates tagged
 * `css`; this syntax hands it a copy of the file in which those other templates are tagged `css`
 * too, every edit of the same length (so lines, columns and offsets stay exact), then writes the
 * original code back into the document's raws, so `--fix` never changes the code around the CSS.
 * Chosen over a parser of our own because postcss-lit already maps positions across `${}` holes and
 * writes them back on fix. Not read: an Angular array element with fewer than three characters of
 * room before it (`['a', 'b']` on one line: only the first), and string literals holding a backtick
 * or `${`.
 */
import { createRequire } from 'node:module';
import { CssSyntaxError, type Document, type Root, type Syntax } from 'postcss';

interface Edit {
  virtual: string;
  real: string;
}

const STYLED_TAG = /\b(?:styled(?:\.[A-Za-z_$][\w$]*|\(\s*(?:[\w.$]+|'[\w-]+'|"[\w-]+")\s*\))(?:\s*\.\s*(?:attrs|withConfig)\s*\((?:[^()`]|\((?:[^()`]|\([^()`]*\))*\))*\))*|createGlobalStyle|injectGlobal)(?:\s*<[^<>`]*(?:<[^<>`]*>[^<>`]*)*>)?(?=\s*`)/g;
const ANGULAR_STYLES = /\bstyles(\s*:\s*)(\[\s*)?(?=[`'"])/g;

/** `styled.button` -> `css/*d.button*\/`: a `css` tag, the rest a comment of the same length. */
function tagEdit(real: string): string {
  const inner = real.slice(5, -2).replace(/[*/]/g, '_');
  return `css/*${inner}*/`;
}

/** The end (index after the closing quote) of the literal opening at `at`, or -1. */
function literalEnd(text: string, at: number): number {
  const quote = text[at];
  let depth = 0;
  for (let i = at + 1; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\\') i++;
    else if (quote === '`' && ch === '$' && text[i + 1] === '{') {
      depth++;
      i++;
    } else if (depth > 0 && ch === '}') depth--;
    else if (depth === 0 && ch === quote) return i + 1;
    else if (quote !== '`' && (ch === '\n' || ch === '\r')) return -1;
  }
  return -1;
}

/** Same-length replacements that tag the file's other style templates `css`. */
export function tagStyleTemplates(source: string): { text: string; edits: Edit[] } {
  const replacements: { at: number; real: string; virtual: string }[] = [];
  if (source.includes('styled') || source.includes('createGlobalStyle') || source.includes('injectGlobal')) {
    for (const m of source.matchAll(STYLED_TAG)) if (m[0].length >= 7) replacements.push({ at: m.index, real: m[0], virtual: tagEdit(m[0]) });
  }
  if (source.includes('@Component')) {
    for (const m of source.matchAll(ANGULAR_STYLES)) {
      const array = m[2] !== undefined;
      let at = m.index + m[0].length;
      let first = true;
      for (;;) {
        const end = literalEnd(source, at);
        if (end < 0) break;
        const quote = source[at] as string;
        const body = source.slice(at + 1, end - 1);
        let next = end;
        while (/\s/.test(source[next] ?? '')) next++;
        const follows = source[next];
        const convertible = (quote === '`' || !/[`]|\$\{/.test(body)) && (array ? follows === ',' || follows === ']' : follows === ',' || follows === '}' || follows === '\n');
        if (!convertible) break;
        if (first) {
          // `styles: [` + quote -> `s:[` ... `css` + backtick, newlines kept where they were.
          const region = source.slice(m.index, at + 1);
          const head = array ? 's:[' : 's:';
          const tail = 'css`';
          if (region.length < head.length + tail.length || /[\r\n]/.test(region.slice(-tail.length)) || /[\r\n]/.test(region.slice(0, head.length))) break;
          const middle = region.slice(head.length, -tail.length).replace(/[^\r\n]/g, ' ');
          replacements.push({ at: m.index, real: region, virtual: head + middle + tail });
        } else {
          const room = source.slice(at - 3, at + 1);
          if (/[^ \t]/.test(room.slice(0, 3))) break;
          replacements.push({ at: at - 3, real: room, virtual: 'css`' });
        }
        if (quote !== '`') replacements.push({ at: end - 1, real: quote, virtual: '`' });
        first = false;
        if (!array || follows !== ',') break;
        at = next + 1;
        while (/\s/.test(source[at] ?? '')) at++;
        if (!/[`'"]/.test(source[at] ?? '')) break;
      }
    }
  }
  if (!replacements.length) return { text: source, edits: [] };
  replacements.sort((a, b) => a.at - b.at);
  let text = '';
  let from = 0;
  const edits: Edit[] = [];
  for (const r of replacements) {
    if (r.at < from) continue;
    text += source.slice(from, r.at) + r.virtual;
    from = r.at + r.real.length;
    edits.push({ virtual: r.virtual, real: r.real });
  }
  return { text: text + source.slice(from), edits };
}

/** Puts the original code back into the raws around the CSS, edit by edit, in source order. */
function restore(doc: Document, edits: Edit[]): void {
  let i = 0;
  const roots = doc.nodes as Root[];
  const put = (segment: string): string => {
    let out = segment;
    let cursor = 0;
    while (i < edits.length) {
      const e = edits[i] as Edit;
      const at = out.indexOf(e.virtual, cursor);
      if (at < 0) break;
      out = out.slice(0, at) + e.real + out.slice(at + e.virtual.length);
      cursor = at + e.real.length;
      i++;
    }
    return out;
  };
  roots.forEach((root, k) => {
    if (typeof root.raws.codeBefore === 'string') root.raws.codeBefore = put(root.raws.codeBefore);
    if (k === roots.length - 1 && typeof root.raws.codeAfter === 'string') root.raws.codeAfter = put(root.raws.codeAfter);
  });
}

type BabelPlugin = string | [string, object];
interface BabelParser {
  parse(code: string, options: { plugins?: BabelPlugin[]; [key: string]: unknown }): unknown;
}

/** Syntax valid in TypeScript and modern JavaScript that Babel parses only with a plugin. */
const MORE_PLUGINS = ['decoratorAutoAccessors', 'explicitResourceManagement', 'sourcePhaseImports', 'deferredImportEvaluation'];
const TS_FILE = /\.[cm]?ts$/i;

let babelParser: BabelParser | null | undefined;

/** The @babel/parser that postcss-lit calls (the same module instance), if it can be found. */
function litBabel(): BabelParser | null {
  if (babelParser !== undefined) return babelParser;
  try {
    const here = createRequire(import.meta.url);
    babelParser = createRequire(here.resolve('postcss-lit'))('@babel/parser') as BabelParser;
  } catch {
    babelParser = null;
  }
  return babelParser;
}

/**
 * Babel's plugins for the file's type. postcss-lit gives every file `typescript` and `jsx`, and
 * decorators before `export` only, so valid TypeScript fails: `<T>x` assertions read as JSX in a
 * .ts file, standard decorators' `accessor` fields need a plugin of their own.
 */
function pluginsFor(file: string, plugins: BabelPlugin[]): BabelPlugin[] {
  const name = (p: BabelPlugin): string => (typeof p === 'string' ? p : p[0]);
  const out = plugins.filter((p) => !(TS_FILE.test(file) && name(p) === 'jsx')).map((p) => (name(p) === 'decorators' ? 'decorators' : p));
  return [...out, ...MORE_PLUGINS.filter((m) => !out.some((p) => name(p) === m))];
}

/**
 * Runs postcss-lit with Babel reading the file as its type says, and recovering from the errors a
 * type checker reports (postcss-lit needs the templates, not a valid program). postcss-lit offers
 * no per-file parser options, so its parser's `parse` is wrapped while it runs (synchronously).
 */
function withFilePlugins<T>(file: string, run: () => T): T {
  const babel = litBabel();
  const original = babel?.parse;
  if (!babel || !original) return run();
  babel.parse = (code, options) => original.call(babel, code, { ...options, errorRecovery: true, plugins: pluginsFor(file, options.plugins ?? []) });
  try {
    return run();
  } finally {
    babel.parse = original;
  }
}

/** postcss-lit, reading styled-components, emotion and Angular component styles as well. */
export function scriptStyles(lit: Syntax): Syntax {
  const parseLit = lit.parse as NonNullable<Syntax['parse']>;
  return {
    parse(css, opts) {
      const source = String(css);
      const { text, edits } = tagStyleTemplates(source);
      let doc: Document;
      try {
        doc = withFilePlugins(opts?.from ?? '', () => parseLit(text, opts)) as unknown as Document;
      } catch (error) {
        // A script the JavaScript parser cannot read is a parse note on that file (stylelint reports
        // a CssSyntaxError as a warning), not a crash of the whole stylelint run.
        if (error instanceof CssSyntaxError) throw error;
        const loc = (error as { loc?: { line: number; column: number } }).loc;
        throw new CssSyntaxError(`Could not parse the script to find its styles: ${(error as Error).message}`, loc?.line ?? 1, (loc?.column ?? 0) + 1, source, opts?.from);
      }
      if (edits.length) restore(doc, edits);
      return doc as unknown as Root;
    },
    stringify: lit.stringify,
  } as Syntax;
}
