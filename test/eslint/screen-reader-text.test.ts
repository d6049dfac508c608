// Screen-reader-only text is part of the accessible name: when it names MitID
// (`Log ind<span class="visually-hidden"> med MitID</span>`), the element is a MitID call to action
// whose visible text ("Log ind") must be the approved phrase, as for an aria-label-only button. In
// every framework. Silent: an approved phrase with a screen-reader-only note, a paragraph or a
// heading with hidden text naming MitID, and `-focusable` classes (those show on focus: visible text).
import { at, FRAMEWORKS, testers, valid } from './cases.js';
import { htmlTester, rules } from './helpers.js';

const rule = rules['approved-text'] as never;
const near = (text: string) => ({ messageId: 'notAPhrase', data: { text, phrases: '"Log ind med MitID" or "Log on with MitID"' } });

for (const fw of FRAMEWORKS) {
  testers[fw].run(`approved-text (${fw}): screen-reader-only text`, rule, {
    valid: [
      valid(fw, '<button type="submit">Log ind med MitID<span class="sr-only"> (åbner nyt vindue)</span></button>'),
      valid(fw, '<p>Du logger ind<span class="sr-only"> med MitID</span> på næste side.</p>'),
      valid(fw, '<h2 class="visually-hidden">Log ind med MitID</h2>'),
      valid(fw, '<button type="button" onclick="next">Næste<span class="sr-only"> trin</span></button>'),
      valid(fw, '<a href="/hjaelp">Hjælp<span class="visually-hidden"> til MitID</span></a>'),
      valid(fw, '<button type="submit" class="btn">Log ind med MitID<span class="visually-hidden-focusable">Spring over</span></button>'),
    ],
    invalid: [
      at(fw, '<button type="submit" class="btn btn-primary">Log ind<span class="visually-hidden"> med MitID</span></button>', { errors: [near('Log ind')] }),
      at(fw, '<button type="submit" class="btn">Log ind<span class="sr-only"> med MitID</span></button>', { errors: [near('Log ind')] }),
      at(fw, '<a href="/login" class="btn">Fortsæt <strong>nu<span class="screen-reader-text"> med MitID</span></strong></a>', { errors: [near('Fortsæt nu')] }),
    ],
  });
}

htmlTester.run('approved-text (Svelte, Angular): screen-reader-only text', rule, {
  valid: [{ code: '<button on:click={login}>Log ind med MitID<span class="sr-only"> (nyt vindue)</span></button>\n', filename: 'Login.svelte' }],
  invalid: [
    { code: '<button type="submit" class="btn btn-primary" on:click={login}>Log ind<span class="visually-hidden"> med MitID</span></button>\n', filename: 'Login.svelte', errors: [near('Log ind')] },
    { code: '<button type="submit" (click)="login()">Log ind<span class="sr-only"> med MitID</span></button>\n', filename: 'login.component.html', errors: [near('Log ind')] },
  ],
});
