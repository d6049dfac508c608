// The floor of BENCH-CORPUS.md: the least a Lit button can be, one styled <button> in a shadow
// root, its text slotted. Neutral colours on purpose: it is a yardstick, not a MitID button.
import { LitElement, css, html } from 'lit';

class FloorButton extends LitElement {
  static styles = css`
    :host { display: inline-block; }
    button {
      height: 48px; padding: 0 16px; border: 0; border-radius: 4px;
      background: #333; color: #fff; font: 600 16px sans-serif; cursor: pointer;
    }
    button:hover { background: #111; }
    button:focus-visible { outline: 2px solid #333; outline-offset: 2px; }
  `;

  render() {
    return html`<button type="button"><slot></slot></button>`;
  }
}
customElements.define('floor-button', FloorButton);
