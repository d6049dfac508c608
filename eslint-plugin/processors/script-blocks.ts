/**
 * `<script>` blocks of `.html`, `.svelte` and `.astro` files as code blocks of their own (an ESLint
 * processor, as eslint-plugin-html and @eslint/markdown do): the markup goes to the plugin's HTML
 * parser, each script to the script rules (`file.svelte/0.ts`), each client-side template
 * (`<script type="text/x-template">`) to the HTML rules, and every message, fix and suggestion is
 * mapped back to its place in the file.
 */
import type { Linter, Rule } from 'eslint';
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { maskSvelte } from '../adapters/svelte.js';

type Element = DefaultTreeAdapterMap['element'];
type ChildNode = DefaultTreeAdapterMap['childNode'];

interface Block {
  /** Offset of the script's first character in the file. */
  offset: number;
  line: number;
  column: number;
}

/** Script types that hold JavaScript; JSON and import maps do not. */
const JS_TYPES = /^(?:|module|text\/javascript|application\/javascript|text\/babel|text\/jsx|text\/typescript|ts)$/i;
/** Client-side templates (Vue 2 x-template, Knockout, Angular.js, Handlebars): markup, read as HTML. */
const TEMPLATE_TYPES = /^text\/(?:x-template|html|ng-template|template|x-handlebars-template|x-handlebars|x-mustache|x-kendo-template)$/i;

const blocksByFile = new Map<string, Block[]>();

function position(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart };
}

/** `script` is the language of a `<script>` without `lang`: Astro's are TypeScript. */
function scripts(text: string, script = 'js'): { body: string; offset: number; ext: string }[] {
  const out: { body: string; offset: number; ext: string }[] = [];
  const stack: ChildNode[] = [...parseFragment(text, { sourceCodeLocationInfo: true }).childNodes];
  while (stack.length) {
    const node = stack.pop() as ChildNode;
    if (!('tagName' in node)) continue;
    const el = node as Element;
    if (el.tagName === 'template') stack.push(...(el as unknown as { content: { childNodes: ChildNode[] } }).content.childNodes);
    stack.push(...el.childNodes);
    if (el.tagName !== 'script') continue;
    const attrs = new Map(el.attrs.map((a) => [a.name, a.value]));
    const type = attrs.get('type') ?? '';
    const template = TEMPLATE_TYPES.test(type);
    if (attrs.has('src') || !(template || JS_TYPES.test(type))) continue;
    const loc = el.sourceCodeLocation;
    if (!loc?.startTag || !loc.endTag) continue;
    const lang = attrs.get('lang') ?? type;
    const ext = template ? 'html' : /^(?:ts|typescript|text\/typescript)$/i.test(lang) ? 'ts' : /jsx|babel/i.test(lang) ? 'jsx' : lang ? 'js' : script;
    out.push({ body: text.slice(loc.startTag.endOffset, loc.endTag.startOffset), offset: loc.startTag.endOffset, ext });
  }
  return out.sort((a, b) => a.offset - b.offset);
}

function shiftFix<T extends { range: [number, number] } | undefined>(fix: T, by: number): T {
  return fix ? { ...fix, range: [fix.range[0] + by, fix.range[1] + by] } : fix;
}

function mapMessage(m: Linter.LintMessage, block: Block): Linter.LintMessage {
  const line = (l: number): number => l + block.line - 1;
  const column = (l: number, c: number): number => (l === 1 ? c + block.column : c);
  const out: Linter.LintMessage = { ...m, line: line(m.line), column: column(m.line, m.column) };
  if (m.endLine !== undefined) {
    out.endLine = line(m.endLine);
    if (m.endColumn !== undefined) out.endColumn = column(m.endLine, m.endColumn);
  }
  if (m.fix) out.fix = shiftFix(m.fix, block.offset) as Rule.Fix;
  if (m.suggestions) out.suggestions = m.suggestions.map((s) => ({ ...s, fix: shiftFix(s.fix, block.offset) as Rule.Fix }));
  return out;
}

export const scriptBlocks: Linter.Processor = {
  meta: { name: 'mitid/script-blocks', version: '0.1.0' },
  supportsAutofix: true,
  preprocess(text: string, filename: string) {
    let found: ReturnType<typeof scripts>;
    try {
      // Svelte expressions blanked (script bodies are kept), so `on:click={() => go()}` ends no tag.
      found = scripts(/\.svelte$/i.test(filename) ? maskSvelte(text) : text, /\.astro$/i.test(filename) ? 'ts' : 'js');
    } catch {
      // Markup parse5 cannot read still gets its markup checked; its scripts are not split out.
      found = [];
    }
    blocksByFile.set(filename, found.map((s) => ({ offset: s.offset, ...position(text, s.offset) })));
    return [text, ...found.map((s, i) => ({ text: s.body, filename: `${i}.${s.ext}` }))];
  },
  postprocess(messages: Linter.LintMessage[][], filename: string) {
    const blocks = blocksByFile.get(filename) ?? [];
    blocksByFile.delete(filename);
    const [markup = [], ...rest] = messages;
    return [...markup, ...rest.flatMap((list, i) => {
      const block = blocks[i];
      return block ? list.map((m) => mapMessage(m, block)) : list;
    })];
  },
};
