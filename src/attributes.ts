/**
 * `<mitid-button>`'s attributes as literal unions, by their HTML names: the one list the template
 * types of Vue, Svelte and React 19 JSX build on. Type-only.
 */
import type { MitIDButtonType, MitIDLaunch } from './components/mitid-button/mitid-button.js';
import type { ButtonShape, MitIDAction, MitIDLang } from './core/index.js';

export interface MitIDButtonAttributes {
  action?: MitIDAction;
  /** The phrase's language; inherited from the nearest ancestor's `lang` when left out. */
  lang?: MitIDLang;
  href?: string;
  target?: '_self' | '_blank' | '_top' | '_parent';
  launch?: MitIDLaunch;
  type?: MitIDButtonType;
  name?: string;
  value?: string;
  /** `false`, or the attribute "false" as framework serialisers write it, is off. */
  disabled?: boolean;
  loading?: boolean;
  shape?: ButtonShape;
  'full-width'?: boolean;
  formaction?: string;
  formmethod?: 'get' | 'post' | 'dialog';
  formenctype?: 'application/x-www-form-urlencoded' | 'multipart/form-data' | 'text/plain';
  formnovalidate?: boolean;
  formtarget?: string;
}
