import { renderMitIDButtons } from 'mitid-ux-kit/ssr';

// Every <mitid-button> in the page gets its declarative shadow DOM: the phrase shows before any script.
export default defineNitroPlugin((nitro) => {
  nitro.hooks.hook('render:html', async (html) => {
    html.body = await Promise.all(html.body.map((part) => renderMitIDButtons(part, { lang: 'da' })));
  });
});
