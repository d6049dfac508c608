/**
 * Issue 13 (`mitid-ux check` spec review), ESLint: markup the readers got wrong. Svelte `{…}`
 * expressions holding `>` (arrow handlers) ended the tag; `<noscript>` content (the no-JavaScript
 * login link) was raw text; a click handler in Angular's or Svelte's syntax inside an inline template
 * string was no handler; an invisible character inside "MitID" hid the call to action. Each with
 * the cases where the rules must stay silent.
 */
import { Linter } from 'eslint';
import { describe, expect, test } from 'vitest';
import { maskSvelte } from '../../eslint-plugin/adapters/svelte.js';
import plugin from '../../eslint-plugin/index.js';
import { everyRule } from '../eslint/helpers.js';

const linter = new Linter();
/** `line:column rule` of every report, with the text a suggestion would replace. */
function reports(code: string, filename: string): string[] {
  return linter.verify(code, everyRule(), { filename }).map((m) => `${m.line}:${m.column} ${m.ruleId ?? 'fatal'}${m.fatal ? ` ${m.message}` : ''}`);
}
const TEXT = 'mitid/approved-text';
const ELEMENT = 'mitid/cta-element';
const EMBED = 'mitid/no-embedded-login';

describe('Svelte: `{…}` expressions are script, whatever they hold', () => {
  test.each([
    ['an arrow handler', '<button on:click={() => go()}>Log ind med MitID</button>'],
    ['Svelte 5 onclick with a block body', '<button onclick={() => { if (a > b) go(); }}>Log ind med MitID</button>'],
    ['strings holding > < } and quotes', `<button title={'a > b } "x'} on:click={go}>Log ind med MitID</button>`],
    ['a template literal with a nested `${}`', '<button aria-describedby={`x-${a > b ? "}" : `y`}`} on:click={go}>Log ind med MitID</button>'],
    ['a block condition with <', '{#if a < b && c > d}<button on:click={go}>Log ind med MitID</button>{/if}'],
    ['a comment in the expression', '<button on:click={() => go() /* > */}>Log ind med MitID</button>'],
  ])('%s: a correct button has no report', (_, code) => {
    expect(reports(code, 'B.svelte')).toEqual([]);
  });

  test('a near miss after an arrow handler is reported on its own text, and the suggestion replaces only it', () => {
    const code = '<button on:click={() => { if (a > b) go(); }}>Login med MitID</button>\n';
    const [m] = linter.verify(code, everyRule(), { filename: 'B.svelte' });
    expect(m?.ruleId).toBe(TEXT);
    expect(m?.message).toMatch(/^"Login med MitID" is not an approved MitID phrase/);
    expect(code.slice(46, 61)).toBe('Login med MitID');
    expect(m?.column).toBe(47);
    const fix = m?.suggestions?.[0]?.fix;
    expect(fix && code.slice(0, fix.range[0]) + fix.text + code.slice(fix.range[1])).toBe('<button on:click={() => { if (a > b) go(); }}>Log ind med MitID</button>\n');
  });

  test('a clickable <div> with an arrow handler is still a clickable <div>', () => {
    expect(reports('<div on:click={() => go()}>Log ind med MitID</div>', 'B.svelte')).toEqual([`1:2 ${ELEMENT}`]);
  });

  test('the script block after an arrow handler is still found and linted at its place', () => {
    const code = '<button on:click={() => go()}>Log ind med MitID</button>\n<script>\n  const f = document.createElement("iframe");\n  f.src = "https://acme.idura.broker/oauth2/authorize";\n</script>\n';
    // The plugin's own config: its processor splits the <script> out of the markup.
    const messages = linter.verify(code, plugin.configs.recommended as Linter.Config[], { filename: 'B.svelte' });
    expect(messages.map((m) => `${m.line}:${m.column} ${m.ruleId ?? m.message}`)).toEqual([`4:3 ${EMBED}`]);
  });

  test.each([
    ['a paragraph with a MitID expression', "<p on:click={() => more()}>{open ? 'MitID er din digitale identitet' : ''}</p>"],
    ['a help link with an arrow handler', '<a href="/hjaelp/mitid" on:click={() => track("help")}>Hvad er MitID?</a>'],
  ])('%s: silent', (_, code) => {
    expect(reports(code, 'H.svelte')).toEqual([]);
  });

  test('masking keeps every offset and line, and leaves <script>, <style> and comments as written', () => {
    const code = '<script>\n  const o = { a: 1 };\n</script>\n<!-- {x > y} -->\n<b title={a\n > b}>{c}</b>\n<style>.a { color: red; }</style>\n';
    const masked = maskSvelte(code);
    expect(masked).toHaveLength(code.length);
    expect(masked).toBe('<script>\n  const o = { a: 1 };\n</script>\n<!-- {x > y} -->\n<b title={______}>{_}</b>\n<style>.a { color: red; }</style>\n');
  });

  test('50,000 unclosed `{`: linear, no hang, the rest still read', { timeout: 20_000 }, () => {
    const code = `<p>${'{'.repeat(50_000)}</p>\n<button>Login med MitID</button>\n`;
    expect(maskSvelte(code)).toBe(code);
    expect(reports(code, 'U.svelte')).toEqual([`2:9 ${TEXT}`]);
  });
});

describe('<noscript> content is markup, as a browser without scripting renders it', () => {
  const link = '<a href="/login">Login with MitID</a>';
  test.each([
    ['page.html', `<!doctype html>\n<body>\n<noscript>\n  ${link}\n  <iframe src="https://acme.idura.broker/oauth2/authorize"></iframe>\n</noscript>\n</body>\n`, [`4:20 ${TEXT}`, `5:4 ${EMBED}`]],
    ['fragment.html', `<noscript>${link}</noscript>\n`, [`1:28 ${TEXT}`]],
    ['Login.vue', `<template>\n  <noscript>${link}</noscript>\n</template>\n`, [`2:30 ${TEXT}`]],
    ['Login.svelte', `<noscript>${link}</noscript>\n`, [`1:28 ${TEXT}`]],
    ['server.ts', `export const page = (res) => res.send('<noscript>${link}</noscript>');\n`, [`1:67 ${TEXT}`]],
    ['Login.jsx', `export const A = () => <noscript>${link}</noscript>;\n`, [`1:51 ${TEXT}`]],
  ])('%s', (file, code, expected) => {
    expect(reports(code, file)).toEqual(expected);
  });

  test.each([
    ['page.html', '<noscript><p>Slå JavaScript til for at logge ind med MitID.</p></noscript>\n'],
    ['Login.vue', '<template>\n  <noscript><p>Slå JavaScript til for at logge ind med MitID.</p></noscript>\n</template>\n'],
    ['Login.vue', '<template>\n  <noscript><a href="/hjaelp">Hvad er MitID?</a></noscript>\n</template>\n'],
  ])('%s: a paragraph or a help link in <noscript> is silent', (file, code) => {
    expect(reports(code, file)).toEqual([]);
  });
});

describe('click handlers in inline template strings, in every framework syntax', () => {
  test.each([
    ['Angular (click), template literal', "@Component({ selector: 'x', template: `<div (click)=\"go()\">Log ind med MitID</div>` })\nexport class X {}\n", `1:41 ${ELEMENT}`],
    ['Angular (keydown), single-quoted', "@Component({ selector: 'x', template: '<span (keydown)=\"go()\">Log ind med MitID</span>' })\nexport class X {}\n", `1:41 ${ELEMENT}`],
    ['Vue @click in a template option', "export default { template: '<div @click=\"go\">Log ind med MitID</div>' };\n", `1:30 ${ELEMENT}`],
    ['Alpine x-on:click in innerHTML', "el.innerHTML = '<div x-on:click=\"go\">Log ind med MitID</div>';\n", `1:18 ${ELEMENT}`],
    ['onmousedown in innerHTML', "el.innerHTML = '<div onmousedown=\"go()\">Log ind med MitID</div>';\n", `1:18 ${ELEMENT}`],
  ])('%s', (_, code, expected) => {
    expect(reports(code, 'x.component.ts')).toEqual([expected]);
  });

  test.each([
    ['a help toggle', "@Component({ selector: 'x', template: `<div (click)=\"toggle()\">Hvad er MitID?</div>` })\nexport class X {}\n"],
    ['a settings row', "@Component({ selector: 'x', template: `<div (click)=\"open()\">MitID-indstillinger</div>` })\nexport class X {}\n"],
    ['a clickable div that is not about MitID', "@Component({ selector: 'x', template: `<div (click)=\"go()\">Gem</div>` })\nexport class X {}\n"],
  ])('%s: silent', (_, code) => {
    expect(reports(code, 'x.component.ts')).toEqual([]);
  });

  test('a test file asserting such markup is silent', () => {
    expect(reports("expect(el.innerHTML).toBe('<div (click)=\"go()\">Log ind med MitID</div>');\n", 'x.component.spec.ts')).toEqual([]);
  });
});

describe('an invisible character inside "MitID" hides no near miss', () => {
  const cases: [string, (label: string) => string][] = [
    ['a.jsx', (l) => `export const A = () => <button>${l}</button>;\n`],
    ['a.html', (l) => `<button>${l}</button>\n`],
    ['a.vue', (l) => `<template><button>${l}</button></template>\n`],
    ['a.svelte', (l) => `<button on:click={() => go()}>${l}</button>\n`],
    ['a.ts', (l) => `import { html } from 'lit';\nexport const t = html\`<button @click=\${go}>${l}</button>\`;\n`],
  ];
  const marks = [['U+200B', '\u200b'], ['&shy;', '&shy;'], ['U+2060', '\u2060'], ['&#8203;', '&#8203;']] as const;
  test.each(cases.flatMap(([file, make]) => marks.map(([name, mark]) => [file, name, mark, make] as const)))('%s, %s', (file, _, mark, make) => {
    const near = linter.verify(make(`Login with Mit${mark}ID`), everyRule(), { filename: file }).filter((m) => m.ruleId === TEXT);
    expect(near.map((m) => m.message)).toEqual([expect.stringMatching(/^"Login with MitID" is not an approved MitID phrase: use "Log on with MitID"/)]);
    // The approved phrase with the same invisible character renders as the phrase: no report.
    expect(linter.verify(make(`Log ind med Mit${mark}ID`), everyRule(), { filename: file }).filter((m) => m.ruleId === TEXT)).toEqual([]);
  });

  test('a help link with an invisible character stays silent', () => {
    expect(reports('<a href="/hjaelp">Hvad er Mit\u200bID?</a>\n<p>Mit&shy;ID er din digitale identitet.</p>\n', 'a.html')).toEqual([]);
  });
});
