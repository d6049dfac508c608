/**
 * Issue 10, item 10, the ESLint face: Tailwind arbitrary values (`bg-[#0061af]`, `h-[44px]`) in
 * class strings built with clsx/cn/twMerge, template literals, variables and conditionals, in
 * JSX, Vue, Lit and HTML, and CSS-module classes (`styles.mitIDButton`) that make the element a
 * MitID button. Each with a negative: brand values, and buttons that are not MitID buttons.
 */
import { Linter } from 'eslint';
import { describe, expect, test } from 'vitest';
import { everyRule } from '../eslint/helpers.js';

const linter = new Linter();
function classReports(code: string, filename: string): string[] {
  return linter
    .verify(code, everyRule(), { filename })
    .filter((m) => m.ruleId === 'mitid/button-style')
    .map((m) => /The class "([^"]+)"/.exec(m.message)?.[1] ?? m.message)
    .sort();
}

const jsx = (className: string, text = 'Log ind med MitID', pre = ''): string => `import clsx from 'clsx';\nimport { cn } from '@/lib/utils';\n${pre}export const B = ({ busy, x }) => <button className=${className}>${text}</button>;\n`;

describe('Tailwind arbitrary values on a MitID button', () => {
  test.each([
    ['clsx', "{clsx('btn', 'bg-[#0061af] h-[44px]')}"],
    ['cn with a condition', "{cn('bg-[#0061af]', busy && 'h-[44px]')}"],
    ['a template literal with holes', '{`btn bg-[#0061af] ${x} h-[44px]`}'],
    ['twMerge', "{twMerge('rounded-md', 'bg-[#0061af]', 'h-[44px]')}"],
    ['an object of classes', "{clsx({ 'bg-[#0061af]': true, 'h-[44px]': busy })}"],
  ])('JSX, %s', (_, className) => {
    expect(classReports(jsx(className), 'a.tsx')).toEqual(['bg-[#0061af]', 'h-[44px]']);
  });

  test('JSX, a variable holding a conditional template: each class reported once', () => {
    const pre = "const cls = `bg-[#0061af] ${busy ? 'h-[44px]' : 'h-12'}`;\n"; // h-12 is 48px: fine
    expect(classReports(jsx('{cls}', 'Log ind med MitID', pre), 'a.tsx')).toEqual(['bg-[#0061af]', 'h-[44px]']);
  });

  test('Vue :class, Lit class and HTML class', () => {
    expect(classReports("<template>\n  <button :class=\"['bg-[#0061af]', busy && 'h-[44px]']\">Log ind med MitID</button>\n</template>\n", 'Login.vue')).toEqual(['bg-[#0061af]', 'h-[44px]']);
    expect(classReports("import { html } from 'lit';\nexport const v = (x) => html`<button class=\"bg-[#0061af] ${x} h-[44px]\">Log ind med MitID</button>`;\n", 'login.ts')).toEqual(['bg-[#0061af]', 'h-[44px]']);
    expect(classReports('<!doctype html><html><body><a class="bg-[#0061af] h-[44px]" href="/login">Log ind med MitID</a></body></html>', 'login.html')).toEqual(['bg-[#0061af]', 'h-[44px]']);
  });

  test('brand values, unknown theme colours and non-MitID buttons stay silent', () => {
    expect(classReports(jsx("{cn('bg-[#0060e6] h-[48px] text-white', busy && 'hover:bg-[#004fbd]')}"), 'a.tsx')).toEqual([]);
    expect(classReports(jsx("{cn('bg-primary h-12')}"), 'a.tsx')).toEqual([]);
    expect(classReports(jsx("{cn('bg-[#0061af] h-[44px]')}", 'Log ind'), 'a.tsx')).toEqual([]);
    expect(classReports(jsx("{cn('bg-[#0061af] h-[44px]')}", 'Hvad er MitID?'), 'a.tsx')).toEqual([]);
  });
});

describe('CSS modules: styles.mitIDButton names the MitID button', () => {
  const code = (cls: string, text: string): string => `import styles from './Login.module.css';\nexport const B = () => <Button className={${cls}} onClick={login}>${text}</Button>;\n`;
  test('a label-less or off-list text on it is reported', () => {
    const messages = linter.verify(code('styles.mitIDButton', 'Log ind'), everyRule(), { filename: 'a.tsx' });
    expect(messages.map((m) => m.ruleId)).toContain('mitid/approved-text');
  });
  test('another module class with the same text is not a MitID button', () => {
    expect(linter.verify(code('styles.primaryButton', 'Log ind'), everyRule(), { filename: 'a.tsx' }).filter((m) => m.ruleId?.startsWith('mitid/'))).toEqual([]);
  });
});
