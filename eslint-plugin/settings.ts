/**
 * Shared settings (`settings.mitid` in the flat config), read once per file. Per-rule choices are
 * rule options; what every rule must agree on (which components are buttons, where translations
 * live) is a setting, as in eslint-plugin-jsx-a11y.
 */
import type { Context } from './adapters/types.js';

export interface MitIDSettings {
  /** Component name -> the element it renders: `{ PrimaryCta: 'button', AuthLink: 'a', MitIDCta: 'mitid-button' }`. */
  components: Record<string, string>;
  /** The polymorphic prop (`<Box as="button">`); '' turns it off. */
  polymorphicPropName: string;
  /** When set, only these components honour the polymorphic prop (jsx-a11y's allow-list). */
  polymorphicAllowList?: string[];
  /** Message catalogs: `{ da: 'locales/da.json', en: ['locales/en.json'] }`, paths from the working directory. */
  catalogs: Record<string, string | string[]>;
  /** Callees whose first argument is a message key: `t`, `i18n.t`, `intl.formatMessage` ... */
  translationFunctions: string[];
  /**
   * Custom translate helpers, given in `translationFunctions` as objects: `{ name: 'Translate',
   * property: 'label' }` (the key is that property of the first argument), `text: true` (the key
   * is the source text, as gettext's `__('Log ind med MitID')`).
   */
  translationHelpers: Map<string, { property?: string; text?: boolean }>;
  /** Elements that are (or contain) the MitID box besides `<verify>`: tag/component names, `.class`, `#id`. */
  boxElements: string[];
}

export const DEFAULT_TRANSLATION_FUNCTIONS = [
  't', '$t', 'i18n.t', 'i18next.t', 'this.$t', '$i18n.t', 'this.$i18n.t', 'translate', 'intl.formatMessage',
  'formatMessage', 'this.intl.formatMessage', '$translate.instant', 'translateService.instant',
  // svelte-i18n's stores (`{$_('key')}`, `{$format('key')}`); sveltekit-i18n's `$t` is above.
  '$_', '$format',
];

const cache = new WeakMap<object, MitIDSettings>();
const EMPTY = {};

const strings = (v: unknown): string[] | undefined => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : undefined);
const record = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});

/**
 * gettext-style helpers, whose first argument is the source text shown when no catalog has it:
 * WordPress (`__`, `_x`, `wp.i18n.__`), Drupal (`Drupal.t`), vue3-gettext (`$gettext`), i18n-js `i18n.__`.
 * Used when the settings name no translationFunctions (a list given there replaces them too).
 */
const DEFAULT_TEXT_HELPERS: [string, { text: true }][] = ['__', '_x', 'wp.i18n.__', 'wp.i18n._x', 'i18n.__', 'Drupal.t', 'gettext', '$gettext', 'this.$gettext'].map((name) => [name, { text: true }]);

function helpers(v: unknown): Map<string, { property?: string; text?: boolean }> {
  if (v === undefined) return new Map(DEFAULT_TEXT_HELPERS);
  const out = new Map<string, { property?: string; text?: boolean }>();
  for (const entry of Array.isArray(v) ? v : []) {
    const e = record(entry);
    if (typeof e['name'] !== 'string') continue;
    out.set(e['name'], { ...(typeof e['property'] === 'string' ? { property: e['property'] } : {}), ...(e['text'] === true ? { text: true } : {}) });
  }
  return out;
}

export function readSettings(context: Context): MitIDSettings {
  const raw = (context.settings as Record<string, unknown> | undefined)?.['mitid'];
  const key = raw && typeof raw === 'object' ? raw : EMPTY;
  const hit = cache.get(key);
  if (hit) return hit;
  const s = record(raw);
  const components: Record<string, string> = {};
  for (const [name, el] of Object.entries(record(s['components']))) if (typeof el === 'string') components[name] = el;
  const catalogs: Record<string, string | string[]> = {};
  for (const [lang, files] of Object.entries(record(s['catalogs']))) {
    if (typeof files === 'string') catalogs[lang] = files;
    else if (strings(files)) catalogs[lang] = strings(files) ?? [];
  }
  const settings: MitIDSettings = {
    components,
    polymorphicPropName: typeof s['polymorphicPropName'] === 'string' ? s['polymorphicPropName'] : 'as',
    catalogs,
    translationFunctions: strings(s['translationFunctions']) ?? DEFAULT_TRANSLATION_FUNCTIONS,
    translationHelpers: helpers(s['translationFunctions']),
    boxElements: strings(s['boxElements']) ?? [],
  };
  const allow = strings(s['polymorphicAllowList']);
  if (allow) settings.polymorphicAllowList = allow;
  cache.set(key, settings);
  return settings;
}
