// react-intl message descriptors: `defineMessages({ loginMitId: { id, defaultMessage } })` in a
// messages file holds the MitID button's text when its key or id names the MitID call to action;
// `<FormattedMessage {...messages.loginMitId} />` inside a button is that message (or unknown),
// never "no text".
import { jsxTester, rules } from './helpers.js';

const rule = rules['approved-text'] as never;
const messages = (entries: string): string => `import { defineMessages } from 'react-intl';\nexport default defineMessages({\n${entries}\n});\n`;

jsxTester.run('approved-text: react-intl message descriptors', rule, {
  valid: [
    { code: messages("  loginMitId: { id: 'auth.loginMitId', defaultMessage: 'Log ind med MitID' },"), filename: 'messages.ts' },
    // Other keys of the catalogue: help, descriptions, other eIDs.
    { code: messages("  mitidHelp: { id: 'auth.mitidHelp', defaultMessage: 'Hvad er MitID?' },\n  mitidDescription: { id: 'auth.desc', defaultMessage: 'Log ind med MitID for at fortsætte' },\n  verifyNemId: { id: 'auth.nemid', defaultMessage: 'Verify with NemID' },"), filename: 'messages.ts' },
    // A key that names no MitID call to action.
    { code: messages("  title: { id: 'page.title', defaultMessage: 'Login med MitID' },"), filename: 'messages.ts' },
    // The button that shows a descriptor from another file: unknown, not "no text".
    { code: "import messages from './messages';\nexport const B = ({ go }) => <button className=\"btn-mitid\" onClick={go}><FormattedMessage {...messages.loginMitId} /></button>;\n", filename: 'b.tsx' },
  ],
  invalid: [
    {
      code: messages("  verifyMitId: { id: 'auth.verifyMitId', defaultMessage: 'Verify with MitID' },"),
      filename: 'messages.ts',
      errors: [{ messageId: 'useApprovedPhrase', line: 3, suggestions: 1 }],
    },
    {
      code: "import { defineMessage } from 'react-intl';\nexport const msg = defineMessage({ id: 'login.mitid.button', defaultMessage: 'Continue with MitID' });\n",
      filename: 'messages.ts',
      errors: [{ messageId: 'useApprovedPhrase', line: 2, suggestions: 1 }],
    },
    // Defined and shown in one file: reported once, at the message.
    {
      code: "import { defineMessages, FormattedMessage } from 'react-intl';\nconst messages = defineMessages({\n  loginMitId: { id: 'auth.loginMitId', defaultMessage: 'Login med MitID' },\n});\nexport const B = ({ go }) => <button onClick={go}><FormattedMessage {...messages.loginMitId} /></button>;\n",
      filename: 'b.tsx',
      errors: [{ messageId: 'useApprovedPhrase', line: 3, suggestions: 1 }],
    },
  ],
});
