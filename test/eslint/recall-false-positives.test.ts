/**
 * Issue 10's hostile review: help, FAQ, info, settings and remove controls whose class, id, data
 * value, aria-label or handler names MitID are no MitID call to action, in every framework.
 * Each of these was reported before the identification learnt the core's not-a-CTA words.
 */
import { at, FRAMEWORKS, testers, valid } from './cases.js';
import { rules } from './helpers.js';

const QUIET = [
  '<button class="mitid-help-toggle" onclick="toggle">Hjælp</button>',
  '<button class="mitid-faq-toggle" onclick="toggle">Spørgsmål om MitID</button>',
  '<button class="btn-mitid-help" style="background: transparent; color: #333; border-radius: 0">Hvad er MitID?</button>',
  '<button aria-label="Luk MitID-hjælp" onclick="close">×</button>',
  '<button aria-label="Hjælp til MitID">?</button>',
  '<ul><li><button data-method="mitid">MitID</button></li><li><button id="mitid-remove">Fjern</button></li></ul>',
  '<button>Fjern MitID</button>',
  '<button role="switch" aria-checked="true">Aktivér MitID-login</button>',
  '<div role="switch" tabindex="0" onclick="toggle">Aktivér MitID-login</div>',
  '<button aria-expanded="false" class="mitid-accordion">Log ind med MitID: sådan gør du</button>',
  '<button onclick="removeMitID">Fjern</button>',
  '<button onclick="toggleMitIDHelp">?</button>',
  '<a class="mitid-info-link" href="/om-mitid">Læs om MitID</a>',
  '<a href="https://www.mitid.dk/">Hvad er MitID?</a>',
  '<p>Log ind med MitID for at se din profil.</p><h2>Login with MitID</h2><label>Login with MitID</label>',
  // Cancel and back buttons beside the MitID button, whatever their class says.
  '<button class="mitid-btn mitid-btn-secondary" onclick="cancel">Afbryd</button><a class="btn-mitid" href="/">Tilbage</a>',
  // The way around MitID (a demo login) is no MitID call to action.
  '<button onclick="demo">Fortsæt uden MitID (demo)</button><button>Continue without MitID</button>',
  '<section class="settings"><span data-provider="mitid">MitID</span><button class="mitid-logout">Log ud</button></section>',
];

for (const fw of FRAMEWORKS) {
  for (const name of ['approved-text', 'button-style', 'cta-element'] as const) {
    testers[fw].run(`${name} (${fw}): help, settings and toggles that name MitID stay silent`, rules[name] as never, {
      valid: QUIET.map((m) => valid(fw, m)),
      invalid: [
        // The same words on a real MitID button still count.
        ...(name === 'approved-text' ? [at(fw, '<button class="mitid-login">Log ind</button>', { errors: [{ messageId: 'notAPhrase' }] })] : []),
        ...(name === 'cta-element' ? [at(fw, '<div class="btn-mitid" onclick="go">Log ind med MitID</div>', { errors: [{ messageId: 'notAButton' }] })] : []),
        ...(name === 'button-style' ? [at(fw, '<button class="btn-mitid" style="background: transparent">Log ind med MitID</button>', { errors: [{ messageId: 'offBrand' }] })] : []),
      ],
    });
  }
}
