/**
 * Tree-sitter grammars built to WebAssembly (web-tree-sitter + tree-sitter-wasms), loaded on first
 * use: a JS-only run never reads a grammar. Node offsets are UTF-16 indices, like JS strings.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Node as SyntaxNode, ParseOptions, Parser as TSParser, Tree } from 'web-tree-sitter';

export type { SyntaxNode };
export type Grammar = 'php' | 'python' | 'c_sharp' | 'java' | 'go' | 'ruby' | 'swift' | 'kotlin' | 'dart' | 'embedded_template';

const require = createRequire(import.meta.url);
let runtime: Promise<typeof import('web-tree-sitter')> | undefined;
const parsers = new Map<Grammar, Promise<TSParser>>();

async function load(grammar: Grammar): Promise<TSParser> {
  runtime ??= import('web-tree-sitter').then(async (m) => (await m.Parser.init(), m));
  const { Parser, Language } = await runtime;
  const wasm = join(dirname(require.resolve('tree-sitter-wasms/package.json')), 'out', `tree-sitter-${grammar}.wasm`);
  const parser = new Parser();
  parser.setLanguage(await Language.load(wasm));
  return parser;
}

/** Parses `text`, hands the tree to `use`, frees the tree (WebAssembly memory is not collected). */
export async function withTree<T>(grammar: Grammar, text: string, use: (root: SyntaxNode) => T): Promise<T> {
  let parser = parsers.get(grammar);
  if (!parser) parsers.set(grammar, (parser = load(grammar)));
  // Error recovery on garbage can take long and much memory: a time limit (1 s + 1 s per 50 kB) bounds it.
  const p = await parser;
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

/** Every node below `root` in document order, without recursion (deep trees cannot overflow). */
export function* descendants(root: SyntaxNode): Generator<SyntaxNode> {
  const cursor = root.walk();
  try {
    let down = true;
    for (;;) {
      if (down) yield cursor.currentNode;
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
