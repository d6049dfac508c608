import type { Preview } from '@storybook/web-components-vite';
// IBM Plex Sans at document level: @font-face inside a shadow root is ignored by browsers.
import '../assets/fonts.css';
import '../src/define.js';

const preview: Preview = {
  parameters: { layout: 'padded', controls: { expanded: true } },
};

export default preview;
