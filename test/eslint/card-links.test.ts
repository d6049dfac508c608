// A card or teaser link (a heading and a paragraph inside) whose title names MitID is navigation,
// not a MitID call to action; a card that links to the MitID login, or carries the MitID logo, still is.
import { at, FRAMEWORKS, testers, valid } from './cases.js';
import { rules } from './helpers.js';

const rule = rules['approved-text'] as never;

for (const fw of FRAMEWORKS) {
  testers[fw].run(`approved-text: card links (${fw})`, rule, {
    valid: [
      valid(fw, '<a href="/guides/mitid" class="rounded-lg border p-4"><h3>Med MitID</h3><p>Sider der bruger MitID</p></a>'),
      valid(fw, '<a href="/blog/mitid-sikkerhed"><h2>Sikker med MitID</h2></a>'),
      valid(fw, '<a href="/faq"><p>Spørgsmål om login med MitID</p></a>'),
    ],
    invalid: [
      // The card's target starts the MitID login: a call to action whatever its layout.
      at(fw, '<a href="/auth/mitid/login" class="card"><h3>Fortsæt med MitID</h3><p>Hurtigt og sikkert</p></a>', { errors: 1 }),
      // Plain links and buttons whose text names MitID keep being calls to action.
      at(fw, '<a href="/guides">Fortsæt med MitID</a>', { errors: 1 }),
      at(fw, '<button type="button"><h3>Fortsæt med MitID</h3></button>', { errors: 1 }),
    ],
  });
}
