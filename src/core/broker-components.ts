/**
 * Broker libraries whose components render a MitID button text of their own, known to break
 * rule B7 ("Login with MitID", "Login med MitID", "Accepter med MitID"). The linter reports
 * them where they are used, with the text they render. Each entry was checked by rendering the
 * real package (`node bench/recall/brokers.mjs` installs it and compares every text below).
 */
import type { MitIDAction, MitIDLang } from './phrases.js';

export interface BrokerComponent {
  /** npm package and the exports (component names) that render the button. */
  package: string;
  exports: readonly string[];
  /** Versions rendered and compared; others are assumed to render the same until checked. */
  verified: readonly string[];
  /** Props naming the eID: a string (`acrValue`) or a list (`acrValues`); the text is MitID's only for MitID values. */
  schemeProps: readonly string[];
  /** Props (on the component, else on the library's provider) choosing language and action, and their defaults. */
  languageProp: string;
  actionProp: string;
  /** Provider component whose props give the defaults, and its language prop. */
  provider: { name: string; languageProp: string; actionProp: string };
  defaults: { language: MitIDLang; action: MitIDAction };
  /** The rendered text by language and action, when no children replace it. */
  texts: Record<MitIDLang, Record<MitIDAction, string>>;
}

export const BROKER_COMPONENTS: readonly BrokerComponent[] = [
  {
    package: '@criipto/verify-react',
    exports: ['AuthMethodButton', 'AuthButton', 'AuthMethodSelector'],
    verified: ['4.0.3'],
    schemeProps: ['acrValue', 'acrValues'],
    languageProp: 'language',
    actionProp: 'action',
    provider: { name: 'CriiptoVerifyProvider', languageProp: 'uiLocales', actionProp: 'action' },
    defaults: { language: 'en', action: 'login' },
    texts: {
      en: { login: 'Login with MitID', approve: 'Approve with MitID', confirm: 'Confirm with MitID', accept: 'Accept with MitID', sign: 'Sign with MitID' },
      da: { login: 'Login med MitID', approve: 'Godkend med MitID', confirm: 'Bekræft med MitID', accept: 'Accepter med MitID', sign: 'Underskriv med MitID' },
    },
  },
];

/** The broker entry for a component imported from a package, if the kit knows it. */
export function brokerComponent(pkg: string, exported: string): BrokerComponent | undefined {
  return BROKER_COMPONENTS.find((b) => b.package === pkg && b.exports.includes(exported));
}
