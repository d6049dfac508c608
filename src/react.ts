'use client';
/**
 * `<MitIDButton>` for React 18 and 19, built on @lit/react: `import { MitIDButton } from 'mitid-ux-kit/react'`.
 * Element props are set as properties (so `disabled={false}` is off on React 18 too), `onMitidLaunch`
 * listens to `mitid-launch`, and the ref is the element. It is a Client Component ('use client'):
 * importing it defines the tag in the browser, on the server it renders the bare tag.
 *
 * Importing this module also types `<mitid-button>` in JSX for React 19 (which sets a custom
 * element's props as properties). On React 18 the bare tag is a type error that names this
 * wrapper: React 18 writes `disabled={false}` as the attribute `disabled="false"`.
 */
import React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { MitIDButton as MitIDButtonElement } from './components/mitid-button/define.js';
import type { MitIDLaunchDetail } from './components/mitid-button/mitid-button.js';
import type { MitIDButtonAttributes } from './attributes.js';

export type { MitIDButtonElement, MitIDLaunchDetail };

/** The element's own props by their DOM property names, as literal unions. */
export interface MitIDButtonOwnProps extends Omit<MitIDButtonAttributes, 'full-width' | 'formaction' | 'formmethod' | 'formenctype' | 'formnovalidate' | 'formtarget'> {
  fullWidth?: boolean;
  formAction?: string;
  formMethod?: MitIDButtonAttributes['formmethod'];
  formEnctype?: MitIDButtonAttributes['formenctype'];
  formNoValidate?: boolean;
  formTarget?: string;
}

type Own = keyof MitIDButtonOwnProps;

/** Props of the React component: React's HTML attributes (className, style, id, aria-*, onClick...) and the element's own. */
export interface MitIDButtonProps extends Omit<React.HTMLAttributes<MitIDButtonElement>, Own>, MitIDButtonOwnProps {
  /** A link started the login: `event.detail` is `{ url, mode }`. */
  onMitidLaunch?: (event: CustomEvent<MitIDLaunchDetail>) => void;
}

export const MitIDButton = createComponent({
  react: React,
  tagName: 'mitid-button',
  elementClass: MitIDButtonElement,
  events: { onMitidLaunch: 'mitid-launch' as EventName<CustomEvent<MitIDLaunchDetail>> },
  displayName: 'MitIDButton',
}) as unknown as React.ForwardRefExoticComponent<MitIDButtonProps & React.RefAttributes<MitIDButtonElement>>;

/** `<mitid-button>` in React 19 JSX: attributes by their HTML names, `onmitid-launch` by the event's exact name. */
export interface MitIDButtonJSXProps
  extends Omit<React.HTMLAttributes<MitIDButtonElement>, Own | keyof MitIDButtonAttributes>,
    MitIDButtonOwnProps,
    MitIDButtonAttributes,
    React.RefAttributes<MitIDButtonElement> {
  class?: string;
  'onmitid-launch'?: (event: CustomEvent<MitIDLaunchDetail>) => void;
}

/** React 19's types have `use`; React 18's do not (18 serialises `false` as "false" on custom elements). */
type IsReact19 = 'use' extends keyof typeof React ? true : false;

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- React keeps its JSX types in a namespace
  namespace JSX {
    interface IntrinsicElements {
      'mitid-button': IsReact19 extends true ? MitIDButtonJSXProps : { 'React 18: use <MitIDButton> from mitid-ux-kit/react': never };
    }
  }
}
