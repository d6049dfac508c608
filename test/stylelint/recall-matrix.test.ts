/**
 * Issue 10's "Done when" matrix, the CSS column (pattern 10): the cells recall-css.test.ts does
 * not cover. Compound selectors, base/modifier pairing and hue-changing states in
 * styled-components/emotion and Angular `styles:`; CSS modules in SCSS and Less (`:global()`,
 * `composes`); Tailwind's `@apply` in a stylesheet. Each with a must-report and a must-stay-silent
 * case, through stylelint's `lint()` with the shareable config. test/eslint/RECALL-MATRIX.md
 * maps every cell. Our own code, shaped like real MitID buttons.
 *
 * A cell that cannot pass yet because of code another change owns runs as `test.fails`, its reason beside it.
 */
import { describe, expect, test } from 'vitest';
import { unmark, type Case } from './cases.js';
import { lintWithStylelint } from './harness.js';

type MatrixCase = Case & { fails?: string };

const styled = (body: string): string => `import styled, { createGlobalStyle } from 'styled-components';\n\n${body}\n`;
const angular = (styles: string): string => `import { Component } from '@angular/core';\n\n@Component({\n  selector: 'app-eid-login',\n  templateUrl: './eid-login.component.html',\n  styles: [\n    \`\n${styles}\n    \`,\n  ],\n})\nexport class EidLoginComponent {}\n`;

const CASES: MatrixCase[] = [
  // Compound selectors: a base class and its MitID modifier on one element.
  {
    name: 'compound selector nested in a styled component',
    rule: 'button-style', syntax: 'styled',
    code: styled('export const EidLink = styled.a`\n  display: inline-flex;\n  &.eid-btn.eid-btn--dk-mitid {\n    background: ⟦#0061af;\n    height: ⟦44px;\n  }\n`;'),
    messages: [/background must be #0060e6 \(found "#0061af"\)/, /height must be 48px \(found "44px"\)/],
  },
  {
    name: 'compound selector nested in a styled component, brand values',
    rule: 'button-style', syntax: 'styled',
    code: styled('export const EidLink = styled.a`\n  display: inline-flex;\n  &.eid-btn.eid-btn--dk-mitid {\n    background: #0060e6;\n    height: 48px;\n  }\n  &.eid-btn--se-bankid { background: #193e4f; }\n`;'),
  },
  {
    name: 'compound selector in Angular styles',
    rule: 'button-style', syntax: 'angular',
    code: angular('      .eid-btn.eid-btn--dk-mitid {\n        border-radius: ⟦50%;\n        color: #ffffff;\n      }'),
    messages: [/MitID button "\.eid-btn\.eid-btn--dk-mitid": border-radius must be a radius from 0 to fully rounded/],
  },
  {
    name: 'compound selector in Angular styles, brand values and another eID',
    rule: 'button-style', syntax: 'angular',
    code: angular('      .eid-btn.eid-btn--dk-mitid { background: #0060e6; height: 48px; }\n      .eid-btn.eid-btn--no-bankid { background: #39134c; }'),
  },

  // A base class reaching its MitID modifier, in a file that also holds another, compliant MitID button rule.
  {
    name: 'pairing in a global style of styled-components',
    rule: 'button-style', syntax: 'styled',
    code: styled('export const EidStyles = createGlobalStyle`\n  .mitid-button { background: #0060e6; height: 48px; }\n  .eid-btn { height: ⟦56px; }\n  .eid-btn--dk-mitid { background: #0060e6; }\n`;'),
    messages: [/"\.eid-btn" reaches the MitID button "\.eid-btn--dk-mitid": height must be 48px \(found "56px"\)/],
  },
  {
    name: 'pairing in a global style of styled-components, overridden by the modifier',
    rule: 'button-style', syntax: 'styled',
    code: styled('export const EidStyles = createGlobalStyle`\n  .mitid-button { background: #0060e6; height: 48px; }\n  .eid-btn { height: 56px; }\n  .eid-btn--dk-mitid { background: #0060e6; height: 48px; }\n`;'),
  },
  {
    name: 'pairing in Angular styles',
    rule: 'button-style', syntax: 'angular',
    code: angular('      .mitid-button { background: #0060e6; height: 48px; }\n      .eid-btn { text-transform: ⟦uppercase; }\n      .eid-btn--dk-mitid { background: #0060e6; }'),
    messages: [/"\.eid-btn" reaches the MitID button "\.eid-btn--dk-mitid": text-transform must be none/],
  },
  {
    name: 'pairing in Angular styles, a base class of another eID only',
    rule: 'button-style', syntax: 'angular',
    code: angular('      .mitid-button { background: #0060e6; height: 48px; }\n      .bankid-btn { text-transform: uppercase; }\n      .bankid-btn--se { background: #193e4f; }'),
  },

  // A focus or hover state that turns the brand colour into another hue.
  {
    name: 'a hover filter that rotates the hue, in a styled component',
    rule: 'button-style', syntax: 'styled',
    code: styled('export const MitIDButton = styled.button`\n  background: #0060e6;\n  &:hover { filter: ⟦hue-rotate(45deg); }\n  &:focus-visible { background-color: ⟦#6a0dad; }\n`;'),
    messages: [/"\.MitIDButton:hover": filter must be no filter/, /"\.MitIDButton:focus-visible": background-color must be #0060e6 or a darker blue/],
  },
  {
    name: 'a darker hover and a focus ring, in a styled component',
    rule: 'button-style', syntax: 'styled',
    code: styled('export const MitIDButton = styled.button`\n  background: #0060e6;\n  &:hover { filter: brightness(0.9); }\n  &:focus-visible { outline: 2px solid #0060e6; }\n`;'),
  },
  {
    name: 'a hover in another hue, in Angular styles',
    rule: 'button-style', syntax: 'angular',
    code: angular('      .mitid-btn { background: #0060e6; }\n      .mitid-btn:hover { background-color: ⟦#2e7d32; }'),
    messages: [/"\.mitid-btn:hover": background-color must be #0060e6 or a darker blue \(found "#2e7d32"\)/],
  },
  {
    name: 'a darker hover, in Angular styles',
    rule: 'button-style', syntax: 'angular',
    code: angular('      .mitid-btn { background: #0060e6; }\n      .mitid-btn:hover { background-color: #004fbd; }'),
  },

  // CSS modules: the class the component reads as `styles.mitIDButton`, in SCSS and Less; `:global()` and `composes`.
  {
    name: 'a CSS module in SCSS: the MitID class, :global() and composes',
    rule: 'button-style', syntax: 'scss',
    code: '.mitIDButton {\n  composes: button from "./base.module.scss";\n  background-color: ⟦#007acc;\n  &:hover { background-color: ⟦#00a0ff; }\n}\n.wrapper :global(.eid-btn--dk-mitid) { height: ⟦44px; }\n',
    messages: [/"\.mitIDButton": background-color must be #0060e6/, /"\.mitIDButton:hover"/, /height must be 48px/],
  },
  {
    name: 'a CSS module in SCSS: brand values and a help text class',
    rule: 'button-style', syntax: 'scss',
    code: '.mitIDButton {\n  composes: button from "./base.module.scss";\n  background-color: #0060e6;\n  &:hover { background-color: #004fbd; }\n}\n.mitIDHelpText { color: #6b6b6b; font-size: 14px; }\n:global(.mitid-info) { color: #333; }\n',
  },
  {
    name: 'a CSS module in Less',
    rule: 'button-style', syntax: 'less',
    code: '@ink: #333333;\n.mitIdBtn {\n  color: ⟦@ink;\n  height: ⟦40px;\n}\n',
    messages: [/"\.mitIdBtn": color must be #ffffff \(found "@ink"\)/, /height must be 48px/],
  },
  {
    name: 'a CSS module in Less, brand values',
    rule: 'button-style', syntax: 'less',
    code: '@blue: #0060e6;\n.mitIdBtn {\n  background: @blue;\n  height: 48px;\n}\n.mitIdLogo { height: 24px; }\n',
  },

  // Tailwind's @apply in a stylesheet: the utilities are the button's declarations.
  {
    name: 'Tailwind @apply on a MitID class',
    rule: 'button-style', syntax: 'css',
    code: '.btn-mitid {\n  @apply ⟦bg-[#0061af] ⟦h-[44px] rounded-md;\n}\n',
    messages: [/@apply bg-\[#0061af\] sets background-color to #0061af; it must be #0060e6/, /@apply h-\[44px\] sets height to 44px; it must be 48px/],
  },
  {
    name: 'Tailwind @apply on a MitID class, brand values',
    rule: 'button-style', syntax: 'css',
    code: '.btn-mitid {\n  @apply bg-[#0060e6] h-[48px] text-white;\n}\n.btn-secondary { @apply bg-[#0061af] h-[44px]; }\n',
  },
];

describe.each(CASES)('recall matrix: $syntax: $name', (c) => {
  const { at } = unmark(c.code);
  (c.fails ? test.fails : test)('stylelint reports exactly at the marked positions', async () => {
    const { found, invalid } = await lintWithStylelint(c);
    expect(invalid).toBe(0);
    expect(found.map(({ line, column }) => ({ line, column }))).toEqual(at);
    for (const f of found) expect(f.text).toMatch(/\(mitid\/button-style\)$/);
    c.messages?.forEach((m, i) => expect(found[i]?.text).toMatch(m));
  });
});
