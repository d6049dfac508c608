/**
 * Issue 10, held-out evaluation: a MitID logo drawn as a background (`.icon.mitid`, `.logo.mitid`)
 * is no MitID button; the button beside it still is. Every syntax, through stylelint's `lint()`.
 */
import { describe, expect, test } from 'vitest';
import { unmark, type Case } from './cases.js';
import { lintWithStylelint } from './harness.js';

const wrap: Record<'css' | 'scss' | 'less' | 'html' | 'vue' | 'svelte' | 'lit', (c: string) => string> = {
  css: (c) => c,
  scss: (c) => c,
  less: (c) => c,
  html: (c) => `<!doctype html>\n<html><head><style>\n${c}\n</style></head><body></body></html>\n`,
  vue: (c) => `<template><i class="icon mitid"></i></template>\n<style>\n${c}\n</style>\n`,
  svelte: (c) => `<i class="icon mitid"></i>\n<style>\n${c}\n</style>\n`,
  lit: (c) => `import { css } from 'lit';\n\nexport const styles = css\`\n${c}\n\`;\n`,
};

const GRAPHICS = [
  '.icon.mitid {\n  background: url("mitid.svg") no-repeat center;\n  background-size: 100%;\n}',
  '.logo.mit-id { background-image: url(/img/mitid-white.svg); height: 24px; }',
  '#mitid.badge { background: #fff; border-radius: 50%; }',
  '.nav .icon.mitid:hover { background: url("mitid-dark.svg"); }',
  // A BEM element of a MitID block is a part inside it (a shield icon, a status panel), not the button.
  '.mitid-done__shield { height: 117px; color: blue; }\n.mitid-core-finalize__state { height: 40px; background: #eee; }',
  // The MitID box's own client stylesheet (Signaturgruppen's mitid.css) is not the button.
  '.mitid-client { font-family: sans-serif; color: #333333; max-width: 400px; padding: 32px; }',
  // The help, FAQ, settings, remove, toggle and close controls and the notices beside the button are not it.
  '.mitid-faq-toggle { background: transparent; text-transform: uppercase; }\n.mitid-remove { color: #c00; background: none; }\n.mitid-toggle { background: #ccc; height: 24px; }',
  '.mitid-settings-link { color: #0060e6; background: none; }\n.btn-mitid-close { background: transparent; color: #000; }\n.mitid-faq__btn { height: 30px; }',
  '.mitid-banner { background: #fff3cd; color: #664d03; }\n.mitid-alert { background: #f8d7da; color: #842029; }',
  // A frame or image whose address names MitID is never the button.
  'iframe[src*="mitid"] { height: 20rem; background: #fff; }\nimg[src*="mitid-logo"] { height: 24px; }',
];
/** BEM elements that are the button: an element naming a button or MitID, with a modifier. */
const BEM_BUTTONS = '.mitid-card__btn { background: ⟦#1a73e8; }\n.login__mitid--primary { height: ⟦40px; }';
/** The button itself keeps being checked, also when its logo's rule sits beside it. */
const BUTTON = '.icon.mitid { background: url("mitid.svg") no-repeat center; }\n.btn.mitid { background: ⟦#1a73e8; height: 48px; }\n.btn-mitid:hover { background: ⟦#6a0dad; }';

const cases: Case[] = Object.entries(wrap).flatMap(([syntax, w]) => [
  ...GRAPHICS.map((css, i) => ({ name: `logo rule ${i + 1}`, rule: 'button-style' as const, syntax: syntax as Case['syntax'], code: w(css) })),
  { name: 'the button beside its logo', rule: 'button-style' as const, syntax: syntax as Case['syntax'], code: w(BUTTON) },
  { name: 'BEM elements that are the button', rule: 'button-style' as const, syntax: syntax as Case['syntax'], code: w(BEM_BUTTONS) },
]);

describe.each(cases)('button-style: $syntax: $name', (c) => {
  test('reports exactly at the marked positions', async () => {
    const { found, invalid } = await lintWithStylelint(c);
    expect(invalid).toBe(0);
    expect(found.map(({ line, column }) => ({ line, column }))).toEqual(unmark(c.code).at);
  });
});
