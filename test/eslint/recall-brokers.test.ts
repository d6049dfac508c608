/**
 * Issue 10, item 9: broker library components that render an unapproved MitID text of their own
 * (src/core/broker-components.ts), reported where they are used, with the text they render.
 */
import { jsxTester, rules } from './helpers.js';

const rule = rules['approved-text'] as never;
const IMPORT = "import { AuthMethodButton, AuthMethodSelector } from '@criipto/verify-react';\n";
const use = (jsx: string): string => `${IMPORT}export const C = () => ${jsx};\n`;

jsxTester.run('approved-text (jsx): broker components', rule, {
  valid: [
    // Approved texts of the library: approve/sign/confirm in both languages.
    { code: use('<AuthMethodButton acrValue="urn:grn:authn:dk:mitid:substantial" action="approve" language="da" />'), filename: 'c.tsx' },
    { code: use('<AuthMethodButton acrValue="urn:grn:authn:dk:mitid:substantial" action="sign" />'), filename: 'c.tsx' },
    // Children replace the library's text.
    { code: use('<AuthMethodButton acrValue="urn:grn:authn:dk:mitid:substantial">Log ind med MitID</AuthMethodButton>'), filename: 'c.tsx' },
    // Another eID, or a scheme the linter cannot know.
    { code: use('<AuthMethodButton acrValue="urn:grn:authn:se:bankid:same-device" />'), filename: 'c.tsx' },
    { code: use('<AuthMethodButton acrValue={acr} />'), filename: 'c.tsx' },
    // An "accept" button without a language: approved in English, not in Danish; the provider decides.
    { code: use('<AuthMethodButton acrValue="urn:grn:authn:dk:mitid:low" action="accept" />'), filename: 'c.tsx' },
    // A component of the same name from elsewhere.
    { code: "import { AuthMethodButton } from './ui';\nexport const C = () => <AuthMethodButton acrValue=\"urn:grn:authn:dk:mitid:low\" />;\n", filename: 'c.tsx' },
  ],
  invalid: [
    { code: use('<AuthMethodButton acrValue="urn:grn:authn:dk:mitid:substantial" />'), filename: 'c.tsx', errors: [{ messageId: 'useApprovedPhrase', data: { text: 'Login with MitID', phrase: 'Log on with MitID' }, line: 2, column: 25 }] },
    { code: use('<AuthMethodButton acrValue="urn:grn:authn:dk:mitid:substantial" language="da" />'), filename: 'c.tsx', errors: [{ messageId: 'useApprovedPhrase', data: { text: 'Login med MitID', phrase: 'Log ind med MitID' } }] },
    { code: use('<AuthMethodButton acrValue="urn:grn:authn:dk:mitid:substantial" language="da" action="accept" />'), filename: 'c.tsx', errors: [{ messageId: 'useApprovedPhrase', data: { text: 'Accepter med MitID', phrase: 'Acceptér med MitID' } }] },
    { code: use("<AuthMethodSelector acrValues={['urn:grn:authn:dk:mitid:substantial', 'urn:grn:authn:se:bankid:same-device']} />"), filename: 'c.tsx', errors: [{ messageId: 'useApprovedPhrase', data: { text: 'Login with MitID', phrase: 'Log on with MitID' } }] },
    { code: "import * as Criipto from '@criipto/verify-react';\nexport const C = () => <Criipto.AuthMethodButton acrValue=\"urn:grn:authn:dk:mitid:low\" />;\n", filename: 'c.tsx', errors: [{ messageId: 'useApprovedPhrase' }] },
  ],
});
