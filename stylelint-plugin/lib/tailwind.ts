/**
 * Tailwind's `@apply` in a stylesheet: each class it applies, translated and judged by the core
 * (the same translation ESLint uses for `className`), positioned on the class itself.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { AtRule, Root, Rule } from 'postcss';
import { checkTailwindClass, readTailwindTheme, tailwindDeclaration, type ButtonState, type TailwindTheme, type TailwindViolation } from 'mitid-ux-kit/core';
import { hasPlaceholder, rootOf } from './selectors.js';

export interface AppliedClass {
  node: AtRule;
  token: string;
  /** The class's range inside the at-rule's source. */
  index: number;
  endIndex: number;
  /** The CSS property it sets, in `state`. */
  property: string;
  state: ButtonState;
  /** What the core says of the class on a MitID button. */
  violation?: TailwindViolation;
}

/** The project theme of the stylesheet's file; without a file name nothing is known of it. */
export function themeOf(node: AtRule): TailwindTheme | undefined {
  const file = (rootOf(node) as Root).source?.input.file;
  return file ? readTailwindTheme(file, { fs, path }) : undefined;
}

/** The classes of the container's own `@apply` rules (not those of nested rules), in the container's state. */
export function appliedClasses(container: Rule | Root, state: ButtonState): AppliedClass[] {
  const out: AppliedClass[] = [];
  for (const node of container.nodes ?? []) {
    if (node.type !== 'atrule' || node.name.toLowerCase() !== 'apply') continue;
    const params = (node.raws as { params?: { raw?: string } }).params?.raw ?? node.params;
    if (hasPlaceholder(params)) continue;
    const start = 1 + node.name.length + (node.raws.afterName ?? ' ').length;
    const theme = themeOf(node);
    for (const m of params.matchAll(/\S+/g)) {
      const token = m[0];
      const d = tailwindDeclaration(token, theme, state);
      if (!d) continue;
      const index = start + (m.index ?? 0);
      out.push({ node, token, index, endIndex: index + token.length, property: d.property, state: d.state, violation: checkTailwindClass(token, theme, state) });
    }
  }
  return out;
}
