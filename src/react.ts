/**
 * React 19 JSX types for `<mitid-button>`: `import type {} from 'mitid-ux-kit/react'` once in a
 * React project. React itself is not a dependency; without @types/react this file adds nothing.
 */
import type { MitIDButton, MitIDLaunchDetail } from './components/mitid-button/mitid-button.js';

/** The element's attributes as JSX props (React 19 sets unknown props on custom elements as properties). */
export type MitIDButtonProps = Partial<
  Pick<
    MitIDButton,
    'action' | 'href' | 'target' | 'launch' | 'type' | 'name' | 'value' | 'disabled' | 'loading' | 'shape' | 'fullWidth' | 'formAction' | 'formMethod' | 'formEnctype' | 'formNoValidate' | 'formTarget'
  >
> & {
  lang?: string;
  'full-width'?: boolean;
  class?: string;
  slot?: string;
  onClick?: (event: MouseEvent) => void;
  /** React 19 listens to a custom element's events by their exact name after `on`. */
  'onmitid-launch'?: (event: CustomEvent<MitIDLaunchDetail>) => void;
};

// eslint-disable-next-line @typescript-eslint/ban-ts-comment -- @ts-expect-error would fail once @types/react is installed
// @ts-ignore -- an augmentation of React's own types; a no-op when @types/react is not installed
declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- React 19 keeps its JSX types in a namespace
  namespace JSX {
    interface IntrinsicElements {
      'mitid-button': MitIDButtonProps & { ref?: unknown; children?: unknown; key?: string | number };
    }
  }
}
