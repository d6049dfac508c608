import type { StorybookConfig } from '@storybook/web-components-vite';

// The component gallery. `npm start` builds it static (offline); `npx storybook dev` serves it.
const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
};

export default config;
