// Types <mitid-button> in Svelte templates (svelte-check).
import type {} from 'mitid-ux-kit/svelte';

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace App {}
}
export {};
