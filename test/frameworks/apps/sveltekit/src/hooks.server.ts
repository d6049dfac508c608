import type { Handle } from '@sveltejs/kit';
import { renderMitIDButtons } from 'mitid-ux-kit/ssr';

// Every <mitid-button> in the page gets its declarative shadow DOM: the phrase shows before any script.
export const handle: Handle = ({ event, resolve }) => resolve(event, { transformPageChunk: ({ html }) => renderMitIDButtons(html) });
