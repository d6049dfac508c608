/**
 * mitid-ux-kit/core: the single source of truth. Every fact from MITID-RULES.md lives here once;
 * the components, both linters and the audit import it. Pure TypeScript: no DOM, ESLint or PostCSS.
 */
export * from './phrases.js';
export * from './normalize.js';
export * from './mentions.js';
export * from './classify.js';
export * from './tokens.js';
export * from './color.js';
export * from './length.js';
export * from './box.js';
export * from './popup.js';
export * from './url.js';
export * from './frames.js';
export * from './button-style.js';
export * from './authorize-url.js';
export * from './broker-components.js';
export * from './tailwind-palette.js';
export * from './tailwind.js';
export * from './tailwind-theme.js';
export * from './screens.js';
export { KIT_VERSION, docsUrl } from './version.js';
