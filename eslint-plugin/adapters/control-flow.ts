/**
 * Angular's built-in control flow (v17+) in a template's text: `@if (busy) { … } @else { … }`,
 * `@for (x of xs) { … } @empty { … }`, `@switch (v) { @case (a) { … } @default { … } }`,
 * `@defer { … } @placeholder { … }`. parse5 reads the block syntax as text; here it becomes
 * branches (a `choice`), so each branch's text is one state of the element and the syntax itself
 * is no text. A block without `@else` may render nothing.
 */
import type { ChildView, ElementView, Range } from './types.js';

/** Some text of the list opens a block. */
export const HAS_CONTROL_FLOW = /@(?:if|for|switch)\s*\(|@defer\b/;

const COND = String.raw`\((?:[^()]|\((?:[^()]|\([^()]*\))*\))*\)`;
/** Block syntax in text: an opening, a continuation (`} @else if (…) {`, `} @empty {`), or a closing brace. */
const TOKEN = new RegExp(String.raw`\}\s*@(?:else\s+if\s*${COND}|else|empty|placeholder(?:\s*${COND})?|loading(?:\s*${COND})?|error)\s*\{|@(if|for|switch|case)\s*${COND}\s*\{|@(default|defer(?:\s*${COND})?)\s*\{|\}`, 'g');

interface Frame {
  kind: string;
  branches: ChildView[][];
  current: ChildView[];
  range: Range;
  /** A @switch with a @default always renders one of its cases. */
  exhaustive?: boolean;
  /** An @if's condition (`@if (user; as u)`: `user`). */
  test?: string;
}

/** A branch of several children as one child: a container element without a tag of its own. */
function block(children: ChildView[], range: Range): ChildView {
  const element: ElementView = { framework: 'html', name: '#block', component: false, attrs: [], events: [], children, range, nameRange: range, key: {} };
  return { kind: 'element', element };
}

/** One branch as one child (Svelte's blocks use it too). */
export const option = (branch: ChildView[], range: Range): ChildView => (branch.length === 1 && branch[0]?.kind !== 'text' ? (branch[0] as ChildView) : block(branch, range));
const nothing = (range: Range): ChildView => ({ kind: 'text', text: '', range });

/** The children with every well-formed block read as branches; unbalanced syntax leaves the list as it was. */
export function controlFlow(children: readonly ChildView[]): ChildView[] {
  const root: Frame = { kind: 'root', branches: [], current: [], range: [0, 0] };
  const stack: Frame[] = [root];
  const top = (): Frame => stack[stack.length - 1] as Frame;
  for (const c of children) {
    if (c.kind !== 'text') {
      top().current.push(c);
      continue;
    }
    // Offsets into the source hold when the text is written as it reads (no entities).
    const exact = c.text.length === c.range[1] - c.range[0];
    const at = (i: number): number => (exact ? c.range[0] + i : c.range[0]);
    let last = 0;
    const text = (from: number, to: number): void => {
      if (to > from) top().current.push({ kind: 'text', text: c.text.slice(from, to), range: exact ? [at(from), at(to)] : c.range, ...(c.jsx ? { jsx: true } : {}) });
    };
    for (const m of c.text.matchAll(TOKEN)) {
      const i = m.index ?? 0;
      text(last, i);
      last = i + m[0].length;
      const opens = m[1] ?? (m[2] ? m[2].replace(/\s*\(.*$/s, '') : undefined);
      if (opens) {
        const test = opens === 'if' ? m[0].replace(/^@if\s*\(/, '').replace(/\)\s*\{$/, '').split(';')[0] : undefined;
        stack.push({ kind: opens, branches: [], current: [], range: [at(i), at(last)], ...(test ? { test } : {}) });
      } else if (stack.length === 1) {
        // A brace that closes nothing: plain text, or syntax this reader does not know.
        return children.slice();
      } else {
        const frame = top();
        // Between the cases of a @switch there is only white space.
        if (frame.kind !== 'switch') frame.branches.push(frame.current);
        frame.current = [];
        if (m[0] === '}') {
          stack.pop();
          const range: Range = [frame.range[0], at(last)];
          if (frame.kind === 'case' || frame.kind === 'default') {
            // A case is one branch of its @switch.
            top().branches.push(...frame.branches);
            if (frame.kind === 'default') top().exhaustive = true;
            continue;
          }
          const options = frame.branches.map((b) => option(b, range));
          // Without @else (@empty, @placeholder, @default) the block may render nothing.
          if (!(frame.kind === 'switch' ? frame.exhaustive : frame.branches.length > 1)) options.push(nothing(range));
          top().current.push(options.length === 1 ? (options[0] as ChildView) : { kind: 'choice', options, ...(frame.test ? { test: frame.test } : {}) });
        }
      }
    }
    text(last, c.text.length);
  }
  return stack.length === 1 ? root.current : children.slice();
}
