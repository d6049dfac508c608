/**
 * TypeScript for the Svelte reader (`<script lang="ts">` and the markup's `{label as string}`):
 * parsed with typescript-estree, the parser typescript-eslint uses. It is an optional peer, loaded
 * on the first TypeScript component only: the plugin's own dependency, or typescript-eslint's
 * (found through `@typescript-eslint/parser`, from the plugin or the project). Without it a
 * TypeScript script gives no names, as before: its values stay unknown.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Node } from './types.js';

type Parse = (code: string, options: Record<string, unknown>) => unknown;

const ESTREE = '@typescript-eslint/typescript-estree';
const PARSERS = ['@typescript-eslint/parser', 'typescript-eslint'];
/** `lang="ts"` (or `"typescript"`) on a `<script>` start tag. */
const TS_LANG = /\blang\s*=\s*["']?(?:ts|typescript)\b/i;

/** Undefined until tried; null when no typescript-estree could be loaded. */
let parser: Parse | null | undefined;

function load(): Parse | null {
  const roots = [import.meta.url, join(process.cwd(), 'package.json')];
  for (const root of roots) {
    const require = createRequire(root);
    // Directly, else through the package that depends on it (pnpm keeps it out of reach otherwise).
    for (const via of [undefined, ...PARSERS]) {
      try {
        const from = via ? createRequire(require.resolve(via)) : require;
        const mod = from(from.resolve(ESTREE)) as { parse?: Parse };
        if (typeof mod.parse === 'function') return mod.parse;
      } catch {
        // Not installed there: the next place.
      }
    }
  }
  return null;
}

/** Whether a `<script …>` start tag declares TypeScript. */
export const isTypeScriptTag = (startTag: string): boolean => TS_LANG.test(startTag);

/** The TypeScript program of `code` (ranges from 0, no `loc`), or undefined when it does not parse or no parser is installed. */
export function parseTypeScript(code: string, jsx = false): Node | undefined {
  parser ??= load();
  if (!parser) return undefined;
  try {
    return parser(code, { range: true, loc: false, comment: false, tokens: false, jsx, suppressDeprecatedPropertyWarnings: true }) as Node;
  } catch {
    return undefined;
  }
}
