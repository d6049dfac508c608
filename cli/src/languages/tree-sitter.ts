/**
 * Tree-sitter grammars built to WebAssembly (web-tree-sitter), loaded on first use: a JS-only run
 * never reads a grammar. Node offsets are UTF-16 indices, like JS strings.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import type { Node as SyntaxNode, ParseOptions, Parser as TSParser, Tree } from 'web-tree-sitter';

export type { SyntaxNode };
/** The grammars the checks parse with: the build ships these and no other (scripts/grammars.mjs). */
export const GRAMMARS = ['php', 'python', 'c_sharp', 'java', 'go', 'ruby', 'swift', 'kotlin', 'dart', 'embedded_template'] as const;
export type Grammar = (typeof GRAMMARS)[number];

const require = createRequire(import.meta.url);
let runtime: Promise<typeof import('web-tree-sitter')> | undefined;
const parsers = new Map<Grammar, Promise<TSParser>>();

/**
 * A grammar's WebAssembly: the copy the package ships next to its built code (dist/grammars), or,
 * run from source, the one in the tree-sitter-wasms dev dependency (the copies' origin).
 */
function wasmOf(grammar: Grammar): string {
  const name = `tree-sitter-${grammar}.wasm`;
  const shipped = fileURLToPath(new URL(`../grammars/${name}`, import.meta.url));
  if (existsSync(shipped)) return shipped;
  try {
    return join(dirname(require.resolve('tree-sitter-wasms/package.json')), 'out', name);
  } catch {
    throw new Error(`the ${grammar} grammar is missing: ${shipped} is not there (reinstall mitid-ux)`);
  }
}

/**
 * `Language.load` compiles and instantiates with the asynchronous `WebAssembly.instantiate(bytes)`,
 * which V8 runs behind its background jobs, among them the optimisation of hot grammar code: a
 * grammar loaded after another had parsed a few files waited 6 to 20 s (10 ms in a fresh process).
 * Here that one call compiles and instantiates synchronously (lazy compilation: 5 to 40 ms for 4 MB).
 */
async function loadCompiled(Language: typeof import('web-tree-sitter').Language, bytes: Uint8Array<ArrayBuffer>): Promise<import('web-tree-sitter').Language> {
  const instantiate = WebAssembly.instantiate;
  WebAssembly.instantiate = ((source: BufferSource | WebAssembly.Module, imports?: WebAssembly.Imports) => {
    if (source !== bytes) return instantiate(source as BufferSource, imports);
    WebAssembly.instantiate = instantiate;
    const module = new WebAssembly.Module(bytes);
    return Promise.resolve({ module, instance: new WebAssembly.Instance(module, imports) });
  }) as typeof WebAssembly.instantiate;
  try {
    return await Language.load(bytes);
  } finally {
    WebAssembly.instantiate = instantiate;
  }
}

/**
 * V8 optimises hot WebAssembly in the background (TurboFan), and a grammar is a few huge functions:
 * after one Swift file, optimising them took 8 s of CPU, delayed every asynchronous WebAssembly
 * compile in the process (Node's own CommonJS lexer: 20 s), and the process's exit waited for it
 * (a one-file check: 0.3 s of work, 12 s to exit). A check parses each file once: V8's baseline
 * compiler alone (Liftoff) is the faster whole. The flag applies to WebAssembly compiled afterwards.
 */
function baselineOnly(): void {
  setFlagsFromString('--liftoff-only');
}

async function load(grammar: Grammar): Promise<TSParser> {
  runtime ??= (baselineOnly(), import('web-tree-sitter').then(async (m) => (await m.Parser.init(), m)));
  const { Parser, Language } = await runtime;
  const parser = new Parser();
  parser.setLanguage(await loadCompiled(Language, readFileSync(wasmOf(grammar))));
  return parser;
}

/** The last grammar load: loads run one after another (web-tree-sitter's dynamic linker keeps the
 * module being linked in shared state; two at once mixed their symbols: "bad export type"). */
let loading: Promise<unknown> = Promise.resolve();

function parserOf(grammar: Grammar): Promise<TSParser> {
  let parser = parsers.get(grammar);
  if (!parser) {
    parser = loading.then(() => load(grammar));
    parsers.set(grammar, parser);
    loading = parser.catch(() => undefined);
  }
  return parser;
}

/** Parses `text`, hands the tree to `use`, frees the tree (WebAssembly memory is not collected). */
export async function withTree<T>(grammar: Grammar, text: string, use: (root: SyntaxNode) => T): Promise<T> {
  // Error recovery on garbage can take long and much memory: a time limit (1 s + 1 s per 50 kB) bounds it.
  const p = await parserOf(grammar);
  const limit = 1000 + text.length / 50;
  const deadline = Date.now() + limit;
  const tree: Tree | null = p.parse(text, null, { progressCallback: (() => Date.now() > deadline) as unknown as ParseOptions['progressCallback'] });
  if (!tree) throw new Error(`the ${grammar} parser gave up after ${Math.round(limit / 1000)} s (the file is too broken or too large)`);
  try {
    return use(tree.rootNode);
  } finally {
    tree.delete();
  }
}

/**
 * Every node below `root` in document order, without recursion (deep trees cannot overflow). With
 * `keep`, only nodes of the types it accepts: the type is read through the cursor, and a node object
 * (a copy out of WebAssembly memory) is made only for those.
 */
export function* descendants(root: SyntaxNode, keep?: (type: string) => boolean): Generator<SyntaxNode> {
  const cursor = root.walk();
  try {
    let down = true;
    for (;;) {
      if (down && (!keep || keep(cursor.nodeType))) yield cursor.currentNode;
      if (down && cursor.gotoFirstChild()) continue;
      if (cursor.gotoNextSibling()) {
        down = true;
        continue;
      }
      if (!cursor.gotoParent()) return;
      down = false;
    }
  } finally {
    cursor.delete();
  }
}
