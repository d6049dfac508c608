/**
 * Vue 3 template types for `<mitid-button>`: `import type {} from 'mitid-ux-kit/vue'` once (e.g. in
 * `env.d.ts`). vue-tsc then checks its attributes as literal unions and types `@mitid-launch`,
 * also under `strictTemplates`. Type-only: nothing of Vue is imported at run time.
 */
import type { DefineComponent, HTMLAttributes } from 'vue';
import type { MitIDLaunchDetail } from './components/mitid-button/mitid-button.js';
import type { MitIDButtonAttributes } from './attributes.js';

export type { MitIDButtonAttributes };

/** Props and the event of `<mitid-button>` in a Vue template: Vue's HTML attributes (id, class, style, aria-*, @click...) and its own (`@mitid-launch` is `onMitidLaunch`). */
export interface MitIDButtonVueProps extends Omit<HTMLAttributes, keyof MitIDButtonAttributes>, MitIDButtonAttributes {
  /** vue-tsc camelises a component's attribute names: `full-width` is checked as `fullWidth`. */
  fullWidth?: boolean;
  onMitidLaunch?: (event: CustomEvent<MitIDLaunchDetail>) => void;
}

declare module 'vue' {
  interface GlobalComponents {
    'mitid-button': DefineComponent<MitIDButtonVueProps>;
  }
}
