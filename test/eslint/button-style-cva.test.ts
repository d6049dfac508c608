/**
 * mitid/button-style reads the classes of a class variance helper's result: `cva(base, config)`
 * (class-variance-authority) and `tv({ base, … })` (tailwind-variants), called in the class
 * attribute (`className={mitidButton()}`, `cva('…')()`): the base, the options the call chooses
 * (written, defaulted, or every one when the linter cannot know), compound variants that apply,
 * and the call's own `className`. Options not chosen, and helpers on no MitID button, stay silent.
 */
import { checkButtonDeclaration } from '../../src/core/index.js';
import { htmlTester, jsxTester, rules, vueTester } from './helpers.js';

const rule = rules['button-style'] as never;
const TEXT = 'Log ind med MitID';
const IMPORT = "import { cva } from 'class-variance-authority';\n";
const offClass = (className: string, property: string, actual: string, line?: number) => ({
  messageId: 'offBrandClass',
  data: { className, property, actual, expected: checkButtonDeclaration(property, actual)?.expected ?? 'n/a' },
  ...(line ? { line } : {}),
});
const CONFIG = `{
  variants: {
    intent: { mitid: 'bg-[#0060e6] text-white', danger: 'bg-[#dc2626] text-white' },
    size: { md: 'h-12', sm: 'h-9' },
  },
  compoundVariants: [{ intent: 'mitid', size: 'sm', class: 'uppercase' }],
  defaultVariants: { intent: 'mitid', size: 'md' },
}`;
const withConfig = (use: string): string => `${IMPORT}const button = cva('inline-flex items-center', ${CONFIG});\nexport const B = (p) => ${use};\n`;

jsxTester.run('button-style (jsx): cva and tv', rule, {
  valid: [
    { code: withConfig(`<button className={button()}>${TEXT}</button>`), filename: 'b.tsx' },
    { code: withConfig(`<button className={button({ intent: 'mitid', size: 'md' })}>${TEXT}</button>`), filename: 'b.tsx' },
    { code: withConfig(`<button className={button({ intent: 'danger' })}>Slet konto</button>`), filename: 'b.tsx' },
    { code: `${IMPORT}const mitidButton = cva('inline-flex text-white bg-[#0060e6] h-12');\nexport const B = () => <button className={mitidButton()}>${TEXT}</button>;\n`, filename: 'b.tsx' },
    { code: `${IMPORT}const other = cva('bg-[#ff0000] h-8');\nexport const B = () => <button className={other()}>Gem</button>;\n`, filename: 'b.tsx' },
    { code: `import { tv } from 'tailwind-variants';\nconst b = tv({ base: 'bg-[#0060e6] text-white h-12', variants: { tone: { bad: 'bg-[#ff0000]' } } });\nexport const B = () => <button className={b()}>${TEXT}</button>;\n`, filename: 'b.tsx' },
  ],
  invalid: [
    {
      code: `${IMPORT}\nconst mitidButton = cva('inline-flex items-center text-white bg-[#0052cc] h-12');\n\nexport const MitIDButton = () => <button className={mitidButton()}>${TEXT}</button>;\n`,
      filename: 'mitid-button.tsx',
      errors: [offClass('bg-[#0052cc]', 'background-color', '#0052cc', 3)],
    },
    { code: `${IMPORT}export const B = () => <button className={cva('text-white bg-[#0052cc] h-12')()}>${TEXT}</button>;\n`, filename: 'b.tsx', errors: [offClass('bg-[#0052cc]', 'background-color', '#0052cc')] },
    { code: withConfig(`<button className={button({ intent: 'danger' })}>${TEXT}</button>`), filename: 'b.tsx', errors: [offClass('bg-[#dc2626]', 'background-color', '#dc2626')] },
    { code: withConfig(`<button className={button({ size: 'sm' })}>${TEXT}</button>`), filename: 'b.tsx', errors: [offClass('h-9', 'height', '2.25rem'), offClass('uppercase', 'text-transform', 'uppercase')] },
    // An intent the linter cannot know: any option can show.
    { code: withConfig(`<button className={button({ intent: p.intent })}>${TEXT}</button>`), filename: 'b.tsx', errors: [offClass('bg-[#dc2626]', 'background-color', '#dc2626')] },
    { code: withConfig(`<button className={button({ className: 'h-10' })}>${TEXT}</button>`), filename: 'b.tsx', errors: [offClass('h-10', 'height', '2.5rem')] },
    // A spread may set the intent: any option can show.
    { code: withConfig(`<button className={button({ ...p, size: 'md' })}>${TEXT}</button>`), filename: 'b.tsx', errors: [offClass('bg-[#dc2626]', 'background-color', '#dc2626')] },
    { code: `import { tv } from 'tailwind-variants';\nconst b = tv({ base: 'bg-[#0052cc] text-white h-12' });\nexport const B = () => <button className={b()}>${TEXT}</button>;\n`, filename: 'b.tsx', errors: [offClass('bg-[#0052cc]', 'background-color', '#0052cc')] },
  ],
});

vueTester.run('button-style (vue): cva', rule, {
  valid: [{ code: `<template><button :class="ok()">${TEXT}</button></template>\n<script setup>\n${IMPORT}const ok = cva('bg-[#0060e6] text-white h-12');\n</script>\n`, filename: 'B.vue' }],
  invalid: [{ code: `<template><button :class="mitid()">${TEXT}</button></template>\n<script setup>\n${IMPORT}const mitid = cva('bg-[#0052cc] text-white h-12');\n</script>\n`, filename: 'B.vue', errors: [offClass('bg-[#0052cc]', 'background-color', '#0052cc')] }],
});

htmlTester.run('button-style (svelte): cva', rule, {
  valid: [{ code: `<script>\n${IMPORT}const ok = cva('bg-[#0060e6] text-white h-12');\n</script>\n<button class={ok()}>${TEXT}</button>\n`, filename: 'B.svelte' }],
  invalid: [{ code: `<script>\n${IMPORT}const mitid = cva('bg-[#0052cc] text-white h-12');\n</script>\n<button class={mitid()}>${TEXT}</button>\n`, filename: 'B.svelte', errors: [offClass('bg-[#0052cc]', 'background-color', '#0052cc')] }],
});
