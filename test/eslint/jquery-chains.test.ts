// A jQuery chain keeps its elements: a state text written through `$(this)` held in a variable,
// after `.addClass()`, on a handler bound through `.once(...).on('click')` (Drupal behaviours), is
// the MitID button's text. Found by the second held-out set (a Drupal module's loading text).
import { litTester, rules } from './helpers.js';

const rule = rules['approved-text'] as never;
const drupal = (selector: string, body: string): string => `(function ($, Drupal) {\n  Drupal.behaviors.x = {\n    attach(context) {\n      $('${selector}', context).once('x').on('click', function () {\n        ${body}\n      });\n    },\n  };\n})(jQuery, Drupal);\n`;

litTester.run('approved-text: jQuery chains', rule, {
  valid: [
    { code: drupal('.mitid-login-button', "var $b = $(this);\n        $b.addClass('loading').text(Drupal.t('Log ind med MitID'));"), filename: 'a.js' },
    // Not a MitID button: its own text.
    { code: drupal('.help-toggle', "$(this).addClass('open').text(Drupal.t('Skjul hjælp til MitID'));"), filename: 'a.js' },
    { code: drupal('.mitid-help-toggle', "$(this).toggleClass('open').text('Hjælp');"), filename: 'a.js' },
    // An arrow function's `this` is not the element.
    { code: "$('.mitid-login-button').on('click', () => { $(this).text('Vent'); });\n", filename: 'a.js' },
  ],
  invalid: [
    { code: drupal('.mitid-login-button', "var $b = $(this);\n        $b.addClass('loading').text(Drupal.t('Redirecting to MitID...'));"), filename: 'a.js', errors: 1 },
    { code: drupal('#mitid-login', "$(this).prop('disabled', true).text('Vent...');"), filename: 'a.js', errors: [{ messageId: 'notAPhrase', line: 5 }] },
    { code: "$('.btn-mitid').first().on('click', function () { $(this).css('opacity', 0.5).html('<span class=\"spinner\"></span> Logger ind'); });\n", filename: 'a.js', errors: 1 },
  ],
});
