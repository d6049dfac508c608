/** Defines `<mitid-button>` once: a second copy of the kit on the page does not throw. */
import { MitIDButton } from './mitid-button.js';

export { MitIDButton };

if (typeof customElements !== 'undefined' && !customElements.get('mitid-button')) {
  customElements.define('mitid-button', MitIDButton);
}

declare global {
  interface HTMLElementTagNameMap {
    'mitid-button': MitIDButton;
  }
}
