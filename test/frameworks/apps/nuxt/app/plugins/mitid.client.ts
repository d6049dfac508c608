// Before Lit loads: server-rendered buttons are hydrated, not rendered a second time.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import 'mitid-ux-kit/define';

export default defineNuxtPlugin(() => {});
