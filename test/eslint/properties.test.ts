/**
 * Property tests: random markup in every framework never makes a rule throw; approved phrases
 * are never reported however they are spaced; a near miss in a Lit template is reported exactly
 * on its own characters, whatever holes come before it.
 */
import fc from 'fast-check';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { PHRASE_LIST } from '../../src/core/index.js';
import { everyRule } from './helpers.js';
import { NEAR_MISSES } from './cases.js';

const linter = new Linter();
const configs = everyRule();
const RUNS = 150;

const TAGS = ['button', 'a', 'div', 'span', 'img', 'iframe', 'verify', 'p', 'mitid-button', 'input', 'object', 'embed', 'li', 'template'];
const COMPONENTS = ['Button', 'LoadingButton', 'NavLink', 'Pressable', 'Box', 'WebView', 'Text', 'FormattedMessage', 'UI.IconButton'];
const WORDS = [...PHRASE_LIST.map((p) => p.phrase), ...NEAR_MISSES.map(([t]) => t), 'MitID', 'mit id', 'Save', '→', '\u00a0', '&nbsp;', '&amp;', 'ø', '😀', '', ' ', '\n'];
const VALUES = ['mitid', 'btn-mitid', 'mitIdButton', 'https://acme.idura.broker/oauth2/authorize', '#', 'javascript:void(0)', 'height: 93vh', 'height: 40px; background: #0061e6', 'h-11 bg-[#ff0000] uppercase', 'button', '0', '', 'x" y', '{{ x }}'];
const ATTRS = ['class', 'id', 'href', 'src', 'style', 'role', 'aria-label', 'alt', 'title', 'data-testid', 'width', 'height', 'type', 'value', 'as', 'to'];

/** A random tree, rendered for each framework by the caller. */
type Tree = { tag: string; attrs: [string, string][]; events: boolean; children: (Tree | string | { hole: string })[] };
const tree: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree }>((tie) => ({
  node: fc.record({
    tag: fc.constantFrom(...TAGS, ...COMPONENTS),
    attrs: fc.array(fc.tuple(fc.constantFrom(...ATTRS), fc.constantFrom(...VALUES)), { maxLength: 4 }),
    events: fc.boolean(),
    children: fc.array(fc.oneof({ depthSize: 'small' }, fc.constantFrom(...WORDS), tie('node'), fc.record({ hole: fc.constantFrom("'Login with MitID'", 'x', "a ? 'Log ind med MitID' : 'Prøv igen med MitID'", "t('auth.mitid')", '`https://${h}.mitid.dk`') })), { maxLength: 4 }),
  }),
})).node;

const esc = (s: string): string => s.replace(/[&<>"{}`$\\]/g, (c) => `&#${c.charCodeAt(0)};`);

function render(t: Tree | string | { hole: string }, fw: 'jsx' | 'lit' | 'html' | 'vue'): string {
  if (typeof t === 'string') return esc(t);
  if ('hole' in t) return fw === 'jsx' ? `{${t.hole}}` : fw === 'lit' ? `\${${t.hole}}` : fw === 'vue' ? `{{ ${t.hole} }}` : '{{ x }}';
  const tag = fw === 'jsx' || !/^[A-Z]/.test(t.tag) ? t.tag : t.tag.replace(/\./g, '').replace(/[A-Z]/g, (c, i: number) => `${i ? '-' : ''}${c.toLowerCase()}`);
  const attrs = t.attrs
    .filter(([name], i, all) => all.findIndex(([n]) => n === name) === i)
    .map(([name, value]) => (fw === 'jsx' && name === 'style' ? ` style={{ height: ${JSON.stringify(value)} }}` : ` ${fw === 'jsx' && name === 'class' ? 'className' : name}="${esc(value)}"`))
    .join('');
  const events = t.events ? (fw === 'jsx' ? ' onClick={go}' : fw === 'lit' ? ' @click=${go}' : fw === 'vue' ? ' @click="go"' : ' onclick="go()"') : '';
  return `<${tag}${attrs}${events}>${t.children.map((c) => render(c, fw)).join('')}</${tag}>`;
}

const wrap = {
  jsx: (m: string) => ({ code: `// MitID\nexport const C = () => (<>${m}</>);\n`, file: 'c.tsx' }),
  lit: (m: string) => ({ code: `// MitID\nimport { html } from 'lit';\nexport const t = html\`${m}\`;\n`, file: 'e.ts' }),
  html: (m: string) => ({ code: `<!-- MitID -->\n${m}\n`, file: 'p.html' }),
  vue: (m: string) => ({ code: `<template><div>${m}</div></template>\n`, file: 'L.vue' }),
};

const settings = (over: Record<string, unknown> = {}) => everyRule({ mitid: over });

describe('properties', () => {
  for (const fw of ['jsx', 'lit', 'html', 'vue'] as const) {
    it(`no rule throws on random ${fw} trees`, () => {
      fc.assert(
        fc.property(tree, (t) => {
          const { code, file } = wrap[fw](render(t, fw));
          const messages = linter.verify(code, configs, file);
          // Rendered trees are valid syntax: a parse failure would hide the rules from the test.
          expect(messages.filter((m) => m.fatal)).toEqual([]);
        }),
        { numRuns: RUNS },
      );
    });
  }

  it('no rule throws on arbitrary text in Lit templates, HTML and Vue', () => {
    const noise = fc.string({ unit: fc.constantFrom('<', '>', '/', '"', "'", '=', ' ', 'a', 'button', 'iframe', 'MitID', 'style', 'h', ':', ';', '${x}', '{{', '}}', '&', '#', '\n', '-->', '<!--', 'Log ind med MitId') });
    fc.assert(
      fc.property(noise, (s) => {
        for (const fw of ['lit', 'html', 'vue'] as const) {
          const { code, file } = wrap[fw](fw === 'lit' ? s.replace(/`|\\/g, '') : s.replace(/\$\{x\}/g, 'x'));
          linter.verify(code, configs, file);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('approved phrases are never reported, however they are spaced', () => {
    const space = fc.constantFrom(' ', '  ', '\n  ', '\u00a0', '&nbsp;', '');
    fc.assert(
      fc.property(fc.constantFrom(...PHRASE_LIST.map((p) => p.phrase)), space, space, fc.constantFrom('jsx', 'lit', 'html', 'vue'), (phrase, before, after, fw) => {
        const text = fw === 'jsx' ? `${before.replace('&nbsp;', ' ')}${phrase}${after.replace('&nbsp;', ' ')}` : `${before}${phrase}${after}`;
        const { code, file } = wrap[fw](`<button class="mitid">${text}</button>`);
        expect(linter.verify(code, settings(), file).filter((m) => m.ruleId === 'mitid/approved-text')).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });

  it('a near miss in a Lit template is reported on exactly its characters, across holes', () => {
    const hole = fc.constantFrom('${a}', '${ b.c }', "${'x'}", '${fn(`y${z}`)}', '${\n  html`<i>${q}</i>`\n}');
    const before = fc.array(fc.oneof(hole, fc.constantFrom('<i>x</i>', '\n', '  ', '<span class="${k}">', '</span>', 'é')), { maxLength: 6 });
    fc.assert(
      fc.property(before, fc.constantFrom(...NEAR_MISSES.map(([t]) => t)), (parts, text) => {
        const markup = `<div>${parts.join('')}</div><button @click=\${go}>${text}</button>`;
        const { code, file } = wrap.lit(markup);
        const [report] = linter.verify(code, settings(), file).filter((m) => m.ruleId === 'mitid/approved-text');
        expect(report).toBeDefined();
        const lines = code.split('\n');
        const index = (line: number, column: number) => lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0) + column - 1;
        const r = report as Linter.LintMessage;
        expect(code.slice(index(r.line, r.column), index(r.endLine ?? 0, r.endColumn ?? 0))).toBe(text);
      }),
      { numRuns: RUNS },
    );
  });
});
