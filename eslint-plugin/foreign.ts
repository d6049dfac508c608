/**
 * Values written in another file (a component's class for its `templateUrl`, a module this file
 * imports), copied to where this file uses them. A copy is re-ranged to the use: reports land on
 * the name in this file, and with no raw text a suggestion never rewrites code that is not here.
 */
import type { AST } from 'eslint';
import { isNode, nodes } from './ast.js';
import type { Node, Range } from './adapters/types.js';

export type Loc = (range: Range) => AST.SourceLocation;

/** A node rewritten while copied (Angular's translate calls), or undefined to copy it as it is. */
export type Rewrite = (n: Node, copyOf: (n: Node) => Node, at: { range: Range; loc: AST.SourceLocation }) => Node | undefined;

/** Where copies go: re-ranged to a name of this file (a value of another file), or kept (the same file). */
export interface Place {
  at?: Range;
  loc?: Loc;
  /** The other file's top-level `const`s (the linter's scope cannot see them). */
  constants?: Map<string, Node>;
  /** Names that stand for a value wherever they appear (a `subscribe` callback's parameter). */
  names?: Map<string, Node>;
  rewrite?: Rewrite;
}

/** Nodes copied per value: bounded work on any input. */
const MAX_COPY = 2_000;
const NO_LOC = { start: { line: 1, column: 0 }, end: { line: 1, column: 0 } };

export const unknown = (range: Range, loc?: Loc): Node => ({ type: 'UnknownExpression', range, loc: loc?.(range) ?? NO_LOC });

/** A copy of `root` for `place`: its names resolved to the other file's constants, re-ranged when written elsewhere. */
export function copy(root: Node, place: Place): Node {
  let left = MAX_COPY;
  const one = (n: Node, depth: number, plain = false): Node => {
    if (--left < 0 || depth > 64) throw new RangeError('value too big');
    const range = place.at ?? n.range;
    const loc = place.at && place.loc ? place.loc(place.at) : n.loc;
    const rewritten = place.rewrite?.(n, (c) => one(c, depth + 1), { range, loc });
    if (rewritten) return rewritten;
    if (n.type === 'Identifier' && !plain) {
      const name = String(n['name']);
      const value = place.names?.get(name) ?? place.constants?.get(name);
      if (value && depth < 32) return one(value, depth + 1);
    }
    if (place.at && n.type === 'TemplateLiteral' && nodes(n, 'expressions').length === 0) {
      const quasi = nodes(n, 'quasis')[0]?.['value'] as { cooked?: string } | undefined;
      return { type: 'Literal', value: quasi?.cooked ?? '', range, loc };
    }
    const out: Node = { ...n, range, loc };
    // Written elsewhere: no raw text here, so nothing in this file rewrites it.
    if (place.at) {
      delete out['raw'];
      delete out.parent;
    }
    for (const [key, v] of Object.entries(n)) {
      if (key === 'parent' || key === 'loc' || key === 'range' || key === 'typeAnnotation' || key === 'typeArguments' || key === 'typeParameters') continue;
      if (Array.isArray(v)) out[key] = v.map((c: unknown) => (isNode(c) ? one(c, depth + 1) : c));
      // A property's name is no name of the other file (`{ label: x }`, `a.label`).
      else if (isNode(v)) out[key] = one(v, depth + 1, (key === 'key' || key === 'property') && !n['computed']);
    }
    return out;
  };
  try {
    return one(root, 0);
  } catch {
    return unknown(place.at ?? root.range, place.loc);
  }
}

