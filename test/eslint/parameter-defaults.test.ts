// A component's prop default is a text it renders (when the caller passes none): `({ label =
// 'Login med MitID' }) => <button>{label}</button>` shows "Login med MitID". Read as `label ?? '…'`:
// the default is judged, what callers pass stays unknown.
import { jsxTester, litTester, rules } from './helpers.js';

const rule = rules['approved-text'] as never;
/** The near miss, with the suggestion that rewrites the default in place. */
const near = (code: string, text: string, phrase: string, line = 1) => ({ messageId: 'useApprovedPhrase', data: { text, phrase }, line, suggestions: [{ messageId: 'replaceWithPhrase', output: code.replace(text, phrase) }] });
const invalid = (code: string, text: string, phrase: string, filename = 'a.tsx', line = 1) => ({ code, filename, errors: [near(code, text, phrase, line)] });

jsxTester.run('approved-text: parameter defaults', rule, {
  valid: [
    { code: "export function MitIDButton({ label = 'Log ind med MitID', onClick }) {\n  return <button onClick={onClick}>{label}</button>;\n}\n", filename: 'a.tsx' },
    // Not a call to action: a heading's default.
    { code: "export const Hero = ({ title = 'Log ind med MitId' }) => <h1>{title}</h1>;\n", filename: 'a.tsx' },
    // A default that names no MitID on a generic button.
    { code: "export const Save = ({ label = 'Gem', onClick }) => <button onClick={onClick}>{label}</button>;\n", filename: 'a.tsx' },
    // No default: what callers pass is unknown.
    { code: 'export const B = ({ label, onClick }) => <button onClick={onClick}>{label}</button>;\n', filename: 'a.tsx' },
  ],
  invalid: [
    invalid("export function MitIDButton({ label = 'Login med MitID', onClick }) {\n  return <button onClick={onClick}>{label}</button>;\n}\n", 'Login med MitID', 'Log ind med MitID'),
    invalid("export const MitIdButton = ({ text = 'Sign in with MitID', ...rest }: Props) => (\n  <button {...rest}>{text}</button>\n);\n", 'Sign in with MitID', 'Log on with MitID'),
    invalid("export function LoginLink(href: string, label = 'Fortsæt med MitID') {\n  return <a href={href}>{label}</a>;\n}\n", 'Fortsæt med MitID', 'Log ind med MitID'),
  ],
});

litTester.run('approved-text: parameter defaults in Lit render helpers', rule, {
  valid: [{ code: "import { html } from 'lit';\nexport const cta = (label = 'Log ind med MitID') => html`<button>${label}</button>`;\n", filename: 'a.ts' }],
  invalid: [invalid("import { html } from 'lit';\nexport const cta = (label = 'Login med MitID') => html`<button>${label}</button>`;\n", 'Login med MitID', 'Log ind med MitID', 'a.ts', 2)],
});
