/**
 * A broker component's eID list from a constant of the same file (`acrValues={ACR_VALUES}`) is
 * read like the inline list: the component renders its library's text for MitID. A constant that
 * names no MitID scheme, one built at run time, or a `let` stays silent.
 */
import { jsxTester, rules } from './helpers.js';

const rule = rules['approved-text'] as never;
const IMPORT = "import { AuthMethodButton, AuthMethodSelector } from '@criipto/verify-react';\n";
const MITID = "['urn:grn:authn:dk:mitid:substantial', 'urn:grn:authn:no:bankid']";
const login = (text: string, phrase: string) => ({ messageId: 'useApprovedPhrase', data: { text, phrase } });

jsxTester.run('approved-text (jsx): broker eID lists from constants', rule, {
  valid: [
    { code: `${IMPORT}const ACR = ['urn:grn:authn:se:bankid:same-device', 'urn:grn:authn:no:bankid'];\nexport const C = () => <AuthMethodSelector acrValues={ACR} language="en" />;\n`, filename: 'c.tsx' },
    { code: `${IMPORT}const ACR = schemes.filter(Boolean);\nexport const C = () => <AuthMethodSelector acrValues={ACR} language="en" />;\n`, filename: 'c.tsx' },
    { code: `${IMPORT}let ACR = ${MITID};\nACR = [];\nexport const C = () => <AuthMethodSelector acrValues={ACR} language="en" />;\n`, filename: 'c.tsx' },
    { code: `${IMPORT}const ACR = ${MITID};\nexport const C = () => <AuthMethodSelector acrValues={ACR} language="en" action="sign" />;\n`, filename: 'c.tsx' },
    { code: `${IMPORT}const ACR = ${MITID};\nexport const C = () => <AuthMethodSelector acrValues={ACR}>Log on with MitID</AuthMethodSelector>;\n`, filename: 'c.tsx' },
  ],
  invalid: [
    {
      code: `${IMPORT}\nconst ACR_VALUES = ${MITID};\n\nexport default function Selector() {\n  return <AuthMethodSelector acrValues={ACR_VALUES} language="en" />;\n}\n`,
      filename: 'Selector.jsx',
      errors: [{ ...login('Login with MitID', 'Log on with MitID'), line: 6, column: 11 }],
    },
    { code: `${IMPORT}const ACR = ${MITID} as const;\nexport const C = () => <AuthMethodSelector acrValues={ACR} language="da" />;\n`, filename: 'c.tsx', errors: [login('Login med MitID', 'Log ind med MitID')] },
    { code: `${IMPORT}export const C = () => {\n  const acr = ['urn:grn:authn:dk:mitid:high'];\n  return <AuthMethodSelector acrValues={acr} language="en" />;\n};\n`, filename: 'c.tsx', errors: [login('Login with MitID', 'Log on with MitID')] },
    { code: `${IMPORT}const ACR = 'urn:grn:authn:dk:mitid:substantial';\nexport const C = () => <AuthMethodButton acrValue={ACR} language="en" />;\n`, filename: 'c.tsx', errors: [login('Login with MitID', 'Log on with MitID')] },
  ],
});
