/**
 * postcss-less, linear. Its `parse` (6.0.0) corrects node positions after re-tokenizing `//`
 * comments by calling `input.css.lastIndexOf(node.source.input.css)` for every node: a scan of
 * the whole file per node, quadratic (16,000 rules: 13 s to parse). Nodes read by the first
 * tokenizer share the file's own Input and need no correction, so they are skipped by identity
 * here; the others get the library's same correction, one search per re-tokenized chunk. Parsing
 * and stringifying are postcss-less's (report upstream; drop this file once fixed there).
 */
import { createRequire } from 'node:module';
import { Input, type Root, type Syntax } from 'postcss';

interface LessParserClass {
  new (input: Input): { parse(): void; root: Root };
}

export function linearLess(lessPath: string): Syntax {
  const require = createRequire(lessPath);
  const less = require(lessPath) as Syntax;
  const LessParser = require('./LessParser') as LessParserClass;
  return {
    parse(css, opts) {
      const input = new Input(String(css), opts);
      const parser = new LessParser(input);
      parser.parse();
      // Where each re-tokenized chunk starts in the file: one search per chunk, not per node.
      const offsets = new Map<Input, number>();
      parser.root.walk((node) => {
        const source = node.source;
        if (!source?.input || source.input === input || !source.start) return;
        let offset = offsets.get(source.input);
        if (offset === undefined) offsets.set(source.input, (offset = input.css.lastIndexOf(source.input.css)));
        if (offset <= 0 || offset + source.input.css.length !== input.css.length) return;
        const at = (o: number): { offset: number; line: number; column: number } => {
          const p = input.fromOffset(offset + o) ?? { line: 1, col: 1 };
          return { offset: offset + o, line: p.line, column: p.col };
        };
        source.start = at(source.start.offset ?? 0);
        if (source.end) source.end = at(source.end.offset ?? 0);
      });
      return parser.root;
    },
    stringify: less.stringify as Syntax['stringify'],
  } as Syntax;
}
