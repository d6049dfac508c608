// One button for login and logout (`user ? 'Log ud' : 'Log ind med MitID'`): the logged-in state
// logs out and starts no MitID flow, so it is no MitID text; the login state is still judged.
import { describe, expect, it } from 'vitest';
import { isLogoutText } from '../../src/core/index.js';
import { at, FRAMEWORKS, testers, valid } from './cases.js';
import { rules } from './helpers.js';

describe('isLogoutText', () => {
  it.each(['Log ud', 'Log af', 'Log mig ud', 'Logout', 'Log out', 'Sign out', 'LOG UD'])('%s logs out', (t) => expect(isLogoutText(t)).toBe(true));
  it.each(['Log ind', 'Log ud med MitID', 'Log ind med MitID', 'Udfyld', 'Log', 'Ud af listen', ''])('%s does not', (t) => expect(isLogoutText(t)).toBe(false));
});

const rule = rules['approved-text'] as never;
const toggle = (a: string, b: string): Record<string, string> => ({
  jsx: `<button className="btn-mitid" onClick={go}>{user ? '${a}' : '${b}'}</button>`,
  lit: `<button class="btn-mitid" @click=\${go}>\${user ? '${a}' : '${b}'}</button>`,
  vue: `<button class="btn-mitid" @click="go">{{ user ? '${a}' : '${b}' }}</button>`,
});

for (const fw of FRAMEWORKS.filter((f) => f !== 'html')) {
  const raw = (a: string, b: string): string => toggle(a, b)[fw] as string;
  testers[fw].run(`approved-text, a login/logout button (${fw})`, rule, {
    valid: [valid(fw, raw('Log ud', 'Log ind med MitID')), valid(fw, raw('Sign out', 'Log on with MitID'))],
    invalid: [at(fw, raw('Log ud', 'Login med MitID'), { errors: 1 }), at(fw, raw('Log ud', 'Log in with MitID'), { errors: 1 })],
  });
}
