/** `import 'mitid-ux-kit/define'`: registers the kit's elements (guarded) and re-exports the classes. */
import './components/mitid-button/define.js';

export * from './index.js';
