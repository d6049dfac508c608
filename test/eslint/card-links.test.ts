// A card or teaser link (a heading and a paragraph inside) whose title names MitID is navigation,
// not a MitID call to action; a card that links to the MitID login, or carries the MitID logo, still is.
// So is a link inside a sentence that names no action with a verb, and a link to MitID's test tool.
import { at, FRAMEWORKS, testers, valid } from './cases.js';
import { rules } from './helpers.js';

const rule = rules['approved-text'] as never;

for (const fw of FRAMEWORKS) {
  testers[fw].run(`approved-text: card links (${fw})`, rule, {
    valid: [
      valid(fw, '<a href="/guides/mitid" class="rounded-lg border p-4"><h3>Med MitID</h3><p>Sider der bruger MitID</p></a>'),
      valid(fw, '<a href="/blog/mitid-sikkerhed"><h2>Sikker med MitID</h2></a>'),
      valid(fw, '<a href="/faq"><p>Spørgsmål om login med MitID</p></a>'),
      // A link inside a sentence that names no action with a verb is prose.
      valid(fw, '<p>Create a test user <a href="https://simulator.example.test/create">with MitID Simulator</a>, then log in.</p>'),
      valid(fw, '<p>Du kan læse mere <a href="/om">med MitID</a> på vores side.</p>'),
      // MitID's test tool is a page about MitID, not its login.
      valid(fw, '<ul><li><a href="https://pp.mitid.dk/test-tool/frontend/#/create-identity">MitID Test Tool</a></li></ul>'),
    ],
    invalid: [
      // The card's target starts the MitID login: a call to action whatever its layout.
      at(fw, '<a href="/auth/mitid/login" class="card"><h3>Fortsæt med MitID</h3><p>Hurtigt og sikkert</p></a>', { errors: 1 }),
      // Plain links and buttons whose text names MitID keep being calls to action.
      at(fw, '<a href="/guides">Fortsæt med MitID</a>', { errors: 1 }),
      at(fw, '<button type="button"><h3>Fortsæt med MitID</h3></button>', { errors: 1 }),
      // A link in a sentence that names the action with a verb is still a call to action.
      at(fw, '<p>Har du allerede en konto? <a class="btn" href="/login">Login med MitID</a></p>', { errors: 1 }),
    ],
  });
}
