/**
 * Angular template expressions read as values (adapters/angular-expressions.ts): interpolations
 * and property bindings, in `.component.html` files and inline `template:` strings alike. Pipes:
 * `translate`/`transloco` look the key up, `uppercase`/`lowercase` apply, any other makes the
 * value unknown (silent). Names resolve to the component's class fields when the template is inline.
 */
import { resolve } from 'node:path';
import { htmlTester, litTester, rules } from './helpers.js';

const html = 'login.component.html';
const ts = 'login.component.ts';
const settings = { mitid: { catalogs: { da: resolve(import.meta.dirname, 'fixtures/angular-locales/da.json') } } };
const PHRASES = '"Log ind med MitID" or "Log on with MitID"';
const inline = (template: string, body = '', pre = ''): string =>
  `import { Component } from '@angular/core';\n${pre}\n@Component({\n  selector: 'app-login',\n  template: \`\n    ${template}\n  \`,\n})\nexport class LoginComponent {\n  busy = false;\n${body}}\n`;

htmlTester.run('approved-text: Angular expressions (.component.html)', rules['approved-text'] as never, {
  valid: [
    { code: "<button (click)=\"save()\">{{ busy ? 'Gemmer…' : 'Gem' }}</button>", filename: html },
    { code: "<button (click)=\"login()\">{{ 'login.ok' | translate }}</button>", filename: html, settings },
    // A help link and a help button: the catalog says "Hvad er MitID?".
    { code: "<a href=\"/hjaelp\">{{ 'help.mitid' | translate }}</a>\n<button (click)=\"openHelp()\">{{ 'help.mitid' | transloco }}</button>", filename: html, settings },
    // Paragraphs: a value the linter cannot know, markup bound to a paragraph.
    { code: '<p>{{ info }}</p>\n<p [innerHTML]="\'Login med MitID er nemt\'"></p>', filename: html },
    // Unknown values stay silent: a name of the component, an unknown pipe, TypeScript, unbalanced brackets.
    { code: "<button (click)=\"loginMitid()\">{{ label }}</button>", filename: html },
    { code: "<button (click)=\"login()\">{{ 'Login med MitID' | shout }}</button>", filename: html },
    { code: "<button (click)=\"login()\">{{ label$ | async }}</button>", filename: html },
    { code: "<button (click)=\"loginMitid()\">{{ user!.label }}</button>", filename: html },
    { code: "<button (click)=\"loginMitid()\">{{ (label }}</button>", filename: html },
    // Malformed expressions: unknown, never a crash.
    { code: "<button (click)=\"loginMitid()\">{{ }}{{ ' }}{{ a | }}{{ | translate }}{{ a ||| b }}{{ x) }}</button>", filename: html },
    { code: "<button (click)=\"loginMitid()\" [attr.aria-label]=\"ariaLabel\">Log ind med MitID</button>", filename: html },
  ],
  invalid: [
    {
      code: "<button (click)=\"login()\">{{ busy ? 'Logger ind…' : 'Log ind med MitID' }}</button>",
      filename: html,
      errors: [{ messageId: 'notAPhrase', data: { text: 'Logger ind…', phrases: PHRASES }, line: 1, column: 37, endColumn: 50 }],
    },
    {
      code: "<button mat-flat-button\n        (click)=\"login()\">\n  {{ error ? 'Prøv igen' : 'Log ind med MitID' }}\n</button>",
      filename: html,
      errors: [{ messageId: 'notAPhrase', data: { text: 'Prøv igen', phrases: PHRASES }, line: 3, column: 14 }],
    },
    {
      code: "<button (click)=\"login()\">{{ 'login.mitid' | translate }}</button>",
      filename: html,
      settings,
      errors: [{ messageId: 'useApprovedPhraseInCatalog', data: { key: 'login.mitid', lang: 'da', text: 'Login med MitID', phrase: 'Log ind med MitID' }, line: 1, column: 30, endColumn: 55 }],
    },
    {
      code: "<button (click)=\"login()\">{{ 'login.mitid' | transloco }}</button>",
      filename: html,
      settings,
      errors: [{ messageId: 'useApprovedPhraseInCatalog', data: { key: 'login.mitid', lang: 'da', text: 'Login med MitID', phrase: 'Log ind med MitID' }, line: 1, column: 30 }],
    },
    {
      code: "<button (click)=\"login()\" [innerHTML]=\"'<b>Login med MitID</b>'\"></button>",
      filename: html,
      errors: [{ messageId: 'useApprovedPhrase', data: { text: 'Login med MitID', phrase: 'Log ind med MitID' }, line: 1, column: 44, suggestions: [{ messageId: 'replaceWithPhrase', output: "<button (click)=\"login()\" [innerHTML]=\"'<b>Log ind med MitID</b>'\"></button>" }] }],
    },
    {
      code: "<button (click)=\"login()\" [attr.aria-label]=\"'Login med MitID'\">Log ind med MitID</button>",
      filename: html,
      errors: [{ messageId: 'ariaLabelNotPhrase', data: { text: 'Login med MitID', phrase: 'Log ind med MitID' }, line: 1, column: 46, endColumn: 63, suggestions: [{ messageId: 'replaceWithPhrase', output: "<button (click)=\"login()\" [attr.aria-label]=\"'Log ind med MitID'\">Log ind med MitID</button>" }] }],
    },
    {
      code: "<app-mitid-button [label]=\"'Login with MitID'\" (pressed)=\"login()\"></app-mitid-button>",
      filename: html,
      errors: [{ messageId: 'useApprovedPhrase', data: { text: 'Login with MitID', phrase: 'Log on with MitID' }, line: 1, column: 28, suggestions: [{ messageId: 'replaceWithPhrase', output: "<app-mitid-button [label]=\"'Log on with MitID'\" (pressed)=\"login()\"></app-mitid-button>" }] }],
    },
    {
      // `lowercase` is applied: the button reads "log ind med mitid".
      code: "<button (click)=\"login()\">{{ 'Log ind med MitID' | lowercase }}</button>",
      filename: html,
      errors: [{ messageId: 'useApprovedPhrase', data: { text: 'log ind med mitid', phrase: 'Log ind med MitID' }, line: 1, column: 2 }],
    },
  ],
});

litTester.run('approved-text: Angular expressions (inline template:)', rules['approved-text'] as never, {
  valid: [
    { code: inline("<button (click)=\"login()\">{{ 'login.ok' | translate }}</button>"), filename: ts, settings },
    { code: inline("<a href=\"/hjaelp\">{{ 'help.mitid' | translate }}</a>"), filename: ts, settings },
    { code: inline('<p>{{ info }}</p><p [innerHTML]="intro"></p>', "  info = 'Login med MitID er nemt';\n  intro = '<b>Login med MitID</b> er nemt';\n"), filename: ts },
    // Only the component's members are the template's names, never a constant of the module.
    { code: inline('<button (click)="login()">{{ label }}</button>', '', "const label = 'Login med MitID';"), filename: ts },
    { code: inline('<button (click)="login()">{{ label | async }}</button>', "  label = 'Login med MitID';\n"), filename: ts },
  ],
  invalid: [
    {
      code: inline("<button (click)=\"login()\">{{ 'login.mitid' | translate }}</button>"),
      filename: ts,
      settings,
      errors: [{ messageId: 'useApprovedPhraseInCatalog', data: { key: 'login.mitid', lang: 'da', text: 'Login med MitID', phrase: 'Log ind med MitID' }, line: 6, column: 34 }],
    },
    {
      code: inline("<button (click)=\"login()\">{{ busy ? 'Logger ind…' : 'Log ind med MitID' }}</button>"),
      filename: ts,
      errors: [{ messageId: 'notAPhrase', data: { text: 'Logger ind…', phrases: PHRASES }, line: 6, column: 41 }],
    },
    {
      // A field of the component and the state text its handler sets.
      code: inline('<button (click)="login()">{{ label }}</button>', "  label = 'Login med MitID';\n  login(): void {\n    this.label = 'Vent…';\n  }\n"),
      filename: ts,
      errors: [
        { messageId: 'useApprovedPhrase', data: { text: 'Login med MitID', phrase: 'Log ind med MitID' }, line: 11, column: 11, suggestions: [{ messageId: 'replaceWithPhrase', output: inline('<button (click)="login()">{{ label }}</button>', "  label = 'Log ind med MitID';\n  login(): void {\n    this.label = 'Vent…';\n  }\n") }] },
        { messageId: 'notAPhrase', data: { text: 'Vent…', phrases: PHRASES }, line: 13, column: 18 },
      ],
    },
    {
      code: inline('<button (click)="login()" [attr.aria-label]="ariaLabel">Log ind med MitID</button>', "  ariaLabel = 'Login med MitID';\n"),
      filename: ts,
      errors: [{ messageId: 'ariaLabelNotPhrase', data: { text: 'Login med MitID', phrase: 'Log ind med MitID' }, line: 11, column: 15, suggestions: [{ messageId: 'replaceWithPhrase', output: inline('<button (click)="login()" [attr.aria-label]="ariaLabel">Log ind med MitID</button>', "  ariaLabel = 'Log ind med MitID';\n") }] }],
    },
    {
      // A template in single quotes.
      code: "import { Component } from '@angular/core';\n\n@Component({ selector: 'app-login', template: '<button (click)=\"login()\">{{ busy ? \"Vent…\" : \"Log ind med MitID\" }}</button>' })\nexport class LoginComponent {}\n",
      filename: ts,
      errors: [{ messageId: 'notAPhrase', data: { text: 'Vent…', phrases: PHRASES }, line: 3, column: 84 }],
    },
    {
      code: inline('<div [innerHTML]="\'<button>Login with MitID</button>\'"></div>'),
      filename: ts,
      errors: [{ messageId: 'useApprovedPhrase', data: { text: 'Login with MitID', phrase: 'Log on with MitID' }, line: 6, column: 32, suggestions: [{ messageId: 'replaceWithPhrase', output: inline('<div [innerHTML]="\'<button>Log on with MitID</button>\'"></div>') }] }],
    },
  ],
});

htmlTester.run('cta-element: Angular expressions (.component.html)', rules['cta-element'] as never, {
  valid: [{ code: "<button (click)=\"login()\">{{ 'Log ind med MitID' }}</button>\n<p>{{ 'Log ind med MitID' }}</p>", filename: html }],
  invalid: [{ code: "<div (click)=\"login()\">{{ busy ? 'Vent…' : 'Log ind med MitID' }}</div>", filename: html, errors: [{ messageId: 'notAButton', data: { tag: 'div' }, line: 1, column: 2 }] }],
});
