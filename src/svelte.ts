/**
 * Svelte 5 template types for `<mitid-button>`: `import type {} from 'mitid-ux-kit/svelte'` once
 * (e.g. in `src/app.d.ts`). svelte-check then checks its attributes as literal unions and types
 * `onmitid-launch`. Type-only: nothing of Svelte is imported at run time.
 */
import type { HTMLAttributes } from 'svelte/elements';
import type { MitIDButton, MitIDLaunchDetail } from './components/mitid-button/mitid-button.js';
import type { MitIDButtonAttributes } from './attributes.js';

export type { MitIDButtonAttributes };

export interface MitIDButtonSvelteAttributes extends Omit<HTMLAttributes<MitIDButton>, keyof MitIDButtonAttributes>, MitIDButtonAttributes {
  /** Svelte 5 listens to a custom element's event by its exact name after `on`. */
  'onmitid-launch'?: (event: CustomEvent<MitIDLaunchDetail>) => void;
  /** Svelte 4's event directive. */
  'on:mitid-launch'?: (event: CustomEvent<MitIDLaunchDetail>) => void;
}

declare module 'svelte/elements' {
  interface SvelteHTMLElements {
    'mitid-button': MitIDButtonSvelteAttributes;
  }
}
