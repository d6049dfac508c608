import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

export default defineConfig({
  plugins: [
    vue({
      // <mitid-button> is a custom element, not a Vue component: no "Failed to resolve component" warning.
      template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('mitid-') } },
    }),
  ],
});
