// A clickable wrapper around the MitID button (a modal's backdrop closing on click, a dialog that
// stops propagation, a clickable card) is not itself the call to action: the control inside is.
// Found by the second held-out evaluation (cta-element reported the backdrop and the dialog).
import { at, FRAMEWORKS, testers, valid } from './cases.js';
import { rules } from './helpers.js';

const modal = (button: string): string => `<div class="backdrop" role="presentation" onclick="close"><div role="dialog" onclick="stop"><h2>Log ind</h2>${button}</div></div>`;

for (const fw of FRAMEWORKS) {
  testers[fw].run(`cta-element, wrappers (${fw})`, rules['cta-element'] as never, {
    valid: [
      valid(fw, modal('<button type="button" onclick="login">Fortsæt med MitID</button>')),
      valid(fw, '<div class="card" onclick="open"><a href="/login/mitid">Log ind med MitID</a></div>'),
    ],
    invalid: [
      // The control inside is itself a <div>: it is reported, once, not its wrappers.
      at(fw, modal('<div class="mitid-btn" onclick="login">Log ind med MitID</div>'), { errors: [{ messageId: 'notAButton' }] }),
      // A clickable element with no control inside is the call to action.
      at(fw, '<div onclick="login"><img src="/mitid-logo.svg" alt=""> Log ind med MitID</div>', { errors: [{ messageId: 'notAButton' }] }),
    ],
  });
  testers[fw].run(`approved-text, wrappers (${fw})`, rules['approved-text'] as never, {
    valid: [],
    invalid: [at(fw, modal('<button type="button" onclick="login">Fortsæt med MitID</button>'), { errors: 1 })],
  });
}
