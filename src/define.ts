/** Registers `<mitid-button>` once, however many copies of the kit a page loads. */
import { MitIDButton } from './components/mitid-button/mitid-button.js';

export * from './index.js';

if (typeof customElements !== 'undefined' && !customElements.get('mitid-button')) {
  customElements.define('mitid-button', MitIDButton);
}

declare global {
  interface HTMLElementTagNameMap {
    'mitid-button': MitIDButton;
  }
}
