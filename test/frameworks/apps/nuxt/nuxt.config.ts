export default defineNuxtConfig({
  compatibilityDate: '2025-07-15',
  telemetry: false,
  devtools: { enabled: false },
  css: ['mitid-ux-kit/fonts.css'],
  // <mitid-button> is a custom element, not a Vue component.
  vue: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('mitid-') } },
  app: { head: { htmlAttrs: { lang: 'da' }, link: [{ rel: 'icon', href: 'data:,' }] } },
  typescript: { strict: true, tsConfig: { vueCompilerOptions: { strictTemplates: true } } },
});
