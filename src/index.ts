/** The component classes and their types, without side effects: `import 'mitid-ux-kit/define'` registers the tag. */
export { MitIDButton } from './components/mitid-button/mitid-button.js';
export type { MitIDButtonType, MitIDLaunch, MitIDLaunchDetail } from './components/mitid-button/mitid-button.js';
export type { MitIDAction, MitIDLang, ButtonShape } from './core/index.js';
