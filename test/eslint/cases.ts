/**
 * One markup snippet, four frameworks: tests write HTML-like markup once and run it as JSX,
 * a Lit template, an HTML file and a Vue template. `onclick="go"` and `class` are rewritten to
 * each framework's spelling.
 */
import { resolve } from 'node:path';
import type { RuleTester } from 'eslint';
import { htmlTester, jsxTester, litTester, vueTester } from './helpers.js';

export type Fw = 'jsx' | 'lit' | 'html' | 'vue';
export const FRAMEWORKS: Fw[] = ['jsx', 'lit', 'html', 'vue'];

const PREFIX: Record<Fw, string> = {
  jsx: 'export const C = () => (\n<>',
  lit: "import { html } from 'lit';\nexport const t = html`",
  html: '',
  vue: '<template>\n<div>',
};
const SUFFIX: Record<Fw, string> = { jsx: '</>\n);\n', lit: '`;\n', html: '\n', vue: '</div>\n</template>\n' };
const FILE: Record<Fw, string> = { jsx: 'component.tsx', lit: 'element.ts', html: 'page.html', vue: 'Login.vue' };

export const testers: Record<Fw, RuleTester> = { jsx: jsxTester, lit: litTester, html: htmlTester, vue: vueTester };

const camel = (name: string): string => name.trim().replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
/** `style="a-b: c; d: e"` as a JSX style object `{{ aB: 'c', d: 'e' }}`. */
const styleObject = (css: string): string =>
  `{{ ${css.split(';').filter((d) => d.trim()).map((d) => `${camel(d.slice(0, d.indexOf(':')))}: ${JSON.stringify(d.slice(d.indexOf(':') + 1).trim())}`).join(', ')} }}`;

/** Framework spelling of events, class, tabindex and inline styles. */
export function convert(markup: string, fw: Fw): string {
  if (fw === 'jsx') return markup.replace(/\bstyle="([^"]*)"/g, (_, css: string) => `style=${styleObject(css)}`).replace(/<(img|input|br|embed)\b([^>]*?)\s*\/?>/g, '<$1$2 />').replace(/\bon(click)="(\w+)"/g, 'onClick={$2}').replace(/\bclass=/g, 'className=').replace(/\btabindex=/g, 'tabIndex=');
  if (fw === 'lit') return markup.replace(/\bonclick="(\w+)"/g, '@click=${$1}');
  if (fw === 'vue') return markup.replace(/\bonclick="(\w+)"/g, '@click="$1"');
  return markup;
}

export function code(fw: Fw, markup: string): string {
  return `${PREFIX[fw]}${convert(markup, fw)}${SUFFIX[fw]}`;
}

/** A valid or invalid case (invalid when `errors` are given). */
export function at(fw: Fw, markup: string, extra: Partial<RuleTester.InvalidTestCase> = {}): RuleTester.InvalidTestCase {
  return { code: code(fw, markup), filename: FILE[fw], errors: [], ...extra } as RuleTester.InvalidTestCase;
}

export function valid(fw: Fw, markup: string, extra: Partial<RuleTester.ValidTestCase> = {}): RuleTester.ValidTestCase {
  return { code: code(fw, markup), filename: FILE[fw], ...extra };
}

export const filename = (fw: Fw): string => FILE[fw];

/** Settings naming the catalogs under test/eslint/fixtures/locales. */
export const catalogSettings = {
  mitid: {
    catalogs: {
      da: resolve(import.meta.dirname, 'fixtures/locales/da.json'),
      en: [resolve(import.meta.dirname, 'fixtures/locales/en.json')],
    },
  },
};

/** The rules sheet's near misses, each with the approved phrase the core suggests. */
export const NEAR_MISSES: [string, string][] = [
  ['Log in with MitID', 'Log on with MitID'],
  ['Login with MitID', 'Log on with MitID'],
  ['Login med MitID', 'Log ind med MitID'],
  ['Log på med MitID', 'Log ind med MitID'],
  ['Sign in with MitID', 'Log on with MitID'],
  ['Verify with MitID', 'Log on with MitID'],
  ['Log ind med MitId', 'Log ind med MitID'],
  ['Godkend med MitID →', 'Godkend med MitID'],
  ['Sender dig til MitID…', 'Log ind med MitID'],
  ['Prøv igen med MitID', 'Log ind med MitID'],
  ['Accepter med MitID', 'Acceptér med MitID'],
];
