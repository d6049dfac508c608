/**
 * The test that decides whether a part of a text shows (`busy && 'Vent…'`, `{#if !busy}`,
 * `*ngIf="busy"`), as a key and the value it must have: `busy` and `!busy` are one key, opposite
 * values, so two sibling parts under them are one choice, never shown together. Only syntactic
 * negation counts (`!x`, `a !== b` for `a === b`); any other test is a key of its own.
 */
import { parse } from 'espree';
import type { Node } from './adapters/types.js';
import { nodes, prop, unwrap } from './ast.js';
import { assume, type Variant } from './variants.js';

export interface Condition {
  key: string;
  /** The key's value when the test is true. */
  value: boolean;
}

const FLIPPED: Record<string, string> = { '!==': '===', '!=': '==' };

/** The test as canonical text (spacing, quotes, parentheses and `?.` left out); undefined beyond simple names, calls and comparisons. */
function canonical(node: Node | undefined, depth = 0): string | undefined {
  if (!node || depth > 8) return undefined;
  const n = unwrap(node);
  const sub = (key: string): string | undefined => canonical(prop(n, key), depth + 1);
  switch (n.type) {
    case 'Identifier':
      return n['name'] as string;
    // A name an adapter could not resolve keeps it (Angular's names the component does not give).
    case 'UnknownExpression':
      return typeof n['name'] === 'string' ? n['name'] : undefined;
    case 'ThisExpression':
      return 'this';
    case 'Literal':
      return typeof n['value'] === 'string' ? JSON.stringify(n['value']) : String(n['value']);
    case 'MemberExpression': {
      const object = sub('object');
      const property = n['computed'] ? sub('property') : (prop(n, 'property')?.['name'] as string | undefined);
      return object && property ? (n['computed'] ? `${object}[${property}]` : `${object}.${property}`) : undefined;
    }
    case 'CallExpression': {
      const callee = sub('callee');
      const args = nodes(n, 'arguments').map((a) => canonical(a, depth + 1));
      return callee && args.every(Boolean) ? `${callee}(${args.join(',')})` : undefined;
    }
    case 'UnaryExpression': {
      const argument = sub('argument');
      return argument && `${n['operator'] as string}(${argument})`;
    }
    case 'BinaryExpression':
    case 'LogicalExpression': {
      const left = sub('left');
      const right = sub('right');
      return left && right ? `(${left}${n['operator'] as string}${right})` : undefined;
    }
    default:
      return undefined;
  }
}

/** The condition a test expression sets; undefined when it cannot be read. */
export function conditionOf(test: Node | undefined): Condition | undefined {
  if (!test) return undefined;
  let n = unwrap(test);
  let value = true;
  for (let i = 0; i < 8 && n.type === 'UnaryExpression' && n['operator'] === '!'; i++) {
    const argument = prop(n, 'argument');
    if (!argument) return undefined;
    n = unwrap(argument);
    value = !value;
  }
  const flipped = n.type === 'BinaryExpression' ? FLIPPED[n['operator'] as string] : undefined;
  if (flipped) {
    n = { ...n, operator: flipped };
    value = !value;
  }
  const key = canonical(n);
  return key === undefined ? undefined : { key, value };
}

/** The condition of a test written as text (`{#if !busy}`, `*ngIf="busy"`, `@if (busy)`), read as JavaScript. */
export function conditionOfText(text: string): Condition | undefined {
  if (!text.trim() || text.length > 500) return undefined;
  try {
    const program = parse(`(${text}\n)`, { ecmaVersion: 'latest', range: true }) as unknown as Node;
    const [statement] = nodes(program, 'body');
    return statement?.type === 'ExpressionStatement' ? conditionOf(prop(statement, 'expression')) : undefined;
  } catch {
    return undefined;
  }
}

/** The branches of a test: the first shows when it is true, the others when it is false. */
export function branchesOf(condition: Condition | undefined, branches: readonly Variant[][]): Variant[][] {
  if (!condition) return branches.slice();
  return branches.map((b, i) => assume(b, condition.key, i === 0 ? condition.value : !condition.value));
}
