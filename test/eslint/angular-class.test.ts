/**
 * An Angular component's `templateUrl` file sees its class (adapters/angular-class.ts): the
 * template's names are the members of the `@Component` class in the TypeScript file beside it,
 * written here to a real temporary folder and read by the rule through the linted file's name.
 * Fields, `@Input()` defaults, signals and signal inputs, getters, state texts set in the
 * constructor, `ngOnInit` or a handler, and a translate service's messages. The same members
 * resolve in an inline `template:`.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll } from 'vitest';
import { htmlTester, litTester, rules } from './helpers.js';

const root = mkdtempSync(join(tmpdir(), 'mitid-angular-class-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let folders = 0;

/** A component folder holding these files; the path of its template (the first `.html`, or `template`). */
function component(files: Record<string, string>, template = Object.keys(files).find((f) => f.endsWith('.html')) ?? 'login.component.html'): string {
  const dir = join(root, `c${++folders}`);
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) {
    if (name.endsWith('/')) mkdirSync(join(dir, name), { recursive: true });
    else writeFileSync(join(dir, name), text);
  }
  return join(dir, template);
}

/** `login.component.ts` and its template: a class body, the template (linted) and extra decorator options. */
const login = (body: string, html: string, options = "templateUrl: './login.component.html'", head = ''): { code: string; filename: string } => ({
  code: html,
  filename: component({
    'login.component.ts': `import { Component, Input, computed, input, signal } from '@angular/core';\nimport { TranslateService } from '@ngx-translate/core';\n${head}\n@Component({\n  selector: 'app-login',\n  ${options},\n})\nexport class LoginComponent {\n${body}\n}\n`,
    'login.component.html': html,
  }),
});

const settings = { mitid: { catalogs: { da: resolve(import.meta.dirname, 'fixtures/angular-locales/da.json') } } };
const PHRASES = '"Log ind med MitID" or "Log on with MitID"';
const notAPhrase = (text: string, line: number, column: number) => ({ messageId: 'notAPhrase', data: { text, phrases: PHRASES }, line, column });
/** A text written in the class: reported on the element (the template holds nothing to rewrite), no suggestion. */
const inClass = (text: string, phrase: string, line = 1, column = 2) => ({ messageId: 'useApprovedPhrase', data: { text, phrase }, line, column, suggestions: [] });

htmlTester.run('approved-text: a templateUrl file sees its component class', rules['approved-text'] as never, {
  valid: [
    // Approved texts in every state.
    login("  label = 'Log ind med MitID';\n  busy = false;", "<button (click)=\"login()\">{{ busy ? 'Log ind med MitID' : label }}</button>"),
    login("  label = signal('Log ind med MitID');", '<button (click)="login()">{{ label() }}</button>'),
    // A field naming MitID shown in a paragraph and a heading is no call to action.
    login("  intro = 'Login med MitID er nemt';\n  title = 'Login med MitID';", '<h1>{{ title }}</h1>\n<p>{{ intro }}</p>'),
    // A help link.
    login("  helpText = 'Hvad er MitID?';", '<a href="https://www.mitid.dk/hjaelp/">{{ helpText }}</a>'),
    // The class's template is another file: its members are not this file's names.
    login("  label = 'Login med MitID';", '<button (click)="login()">{{ label }}</button>', "templateUrl: './other.component.html'"),
    // `styleUrl` names this file (a mistake, but no template).
    login("  label = 'Login med MitID';", '<button (click)="login()">{{ label }}</button>', "template: '<p></p>',\n  styleUrl: './login.component.html'"),
    // Two components in one file: only the one whose templateUrl is this file counts.
    {
      code: '<button (click)="login()">{{ label }}</button>',
      filename: component({
        'login.component.ts': "@Component({ selector: 'a', templateUrl: './other.html' })\nexport class A { label = 'Login med MitID'; }\n@Component({ selector: 'b', templateUrl: './login.component.html' })\nexport class B { label = 'Log ind med MitID'; }\n",
        'login.component.html': '',
      }),
    },
    // A required input, an input without a default: set by the parent, unknown here.
    login('  label = input.required<string>();\n  @Input() text!: string;', '<button (click)="login()">{{ label() }} {{ text }}</button>'),
    // A plain static site: no component beside the page (a script that is no component), names stay unknown.
    {
      code: '<button onclick="login()">{{ label }}</button>',
      filename: component({ 'index.html': '', 'app.ts': "export const label = 'Login med MitID';\n// templateUrl: './index.html'\n" }),
    },
    // An unreadable sibling (a folder), one that does not parse, one too big: silent, never a crash.
    { code: '<button (click)="loginMitid()">{{ label }}</button>', filename: component({ 'login.component.html': '', 'login.component.ts/': '' }) },
    { code: '<button (click)="loginMitid()">{{ label }}</button>', filename: component({ 'login.component.html': '', 'login.component.ts': "@Component({ templateUrl: './login.component.html' }) class { label = 'Login med MitID' " }) },
    {
      code: '<button (click)="loginMitid()">{{ label }}</button>',
      filename: component({ 'login.component.html': '', 'login.component.ts': `@Component({ templateUrl: './login.component.html' })\nexport class C { label = 'Login med MitID'; }\n${'// padding\n'.repeat(110_000)}` }),
    },
    // A member read the wrong way (a signal not called) is unknown, never its initial value.
    login("  label = signal('Login med MitID');", '<button (click)="loginMitid()">{{ label }}</button>'),
    // The translation of a help key.
    { ...login('  constructor(private translate: TranslateService) {}\n  help = this.translate.instant(\'help.mitid\');', '<a href="/hjaelp">{{ help }}</a>'), settings },
  ],
  invalid: [
    {
      // The case: the label in the class, the state text in the template.
      ...login("  buttonText = 'Fortsæt med MitID';\n  busy = false;\n  login() {}", "<button class=\"btn mitid\" (click)=\"login()\">{{ busy ? 'Vent…' : buttonText }}</button>"),
      errors: [inClass('Fortsæt med MitID', 'Log ind med MitID'), notAPhrase('Vent…', 1, 55)],
    },
    {
      // `templateUrl` without `./`; an `@Input()` default.
      ...login("  @Input() label = 'Login med MitID';", '<button (click)="login()">{{ label }}</button>', "templateUrl: 'login.component.html'"),
      errors: [inClass('Login med MitID', 'Log ind med MitID')],
    },
    {
      // Signals and signal inputs, read where the template calls them.
      ...login("  label = signal('Login med MitID');\n  fallback = input<string>('Log on with MitId');\n  busy = false;", '<button (click)="login()">{{ busy ? fallback() : label() }}</button>'),
      errors: [inClass('Log on with MitId', 'Log on with MitID'), inClass('Login med MitID', 'Log ind med MitID')],
    },
    {
      // A getter's every return, a computed signal.
      ...login("  busy = false;\n  get label(): string {\n    return this.busy ? 'Logger ind…' : 'Log ind med MitID';\n  }\n  title = computed(() => 'Login with MitID');", '<button (click)="login()">{{ label }}</button>\n<button (click)="login()">{{ title() }}</button>'),
      errors: [notAPhrase('Logger ind…', 1, 2), inClass('Login with MitID', 'Log on with MitID', 2)],
    },
    {
      // State texts set in the constructor, in ngOnInit and by a signal's set(): each a state of the button.
      ...login("  label = 'Log ind med MitID';\n  status = signal('Log ind med MitID');\n  constructor() {\n    this.label = 'Indlæser…';\n  }\n  ngOnInit(): void {\n    this.label = 'Klar';\n  }\n  login(): void {\n    this.status.set('Vent…');\n  }", '<button (click)="login()">{{ label }}</button>\n<button (click)="login()">{{ status() }}</button>'),
      errors: [notAPhrase('Indlæser…', 1, 2), notAPhrase('Klar', 1, 2), notAPhrase('Vent…', 2, 2)],
    },
    {
      // A class constant of the component's file.
      ...login('  label = LABEL;', '<button (click)="login()">{{ label }}</button>', "templateUrl: './login.component.html'", "const LABEL = 'Login med MitID';"),
      errors: [inClass('Login med MitID', 'Log ind med MitID')],
    },
    {
      // ngx-translate: instant() in ngOnInit, get() through the async pipe, get().subscribe(); reported where the template uses the name.
      ...login(
        "  label = '';\n  label$ = this.translate.get('login.mitid');\n  other = '';\n  constructor(private translate: TranslateService) {}\n  ngOnInit(): void {\n    this.label = this.translate.instant('login.mitid');\n    this.translate.get('login.mitid').subscribe((text: string) => (this.other = text));\n  }",
        '<button (click)="login()">{{ label }}</button>\n<button (click)="login()">{{ label$ | async }}</button>\n<button (click)="login()">{{ other }}</button>',
      ),
      settings,
      errors: [1, 2, 3].map((line) => ({ messageId: 'useApprovedPhraseInCatalog', data: { key: 'login.mitid', lang: 'da', text: 'Login med MitID', phrase: 'Log ind med MitID' }, line, column: 30 })),
    },
    {
      // A field holding a message key, through the translate pipe; Angular's $localize shows its source text.
      ...login("  key = 'login.mitid';\n  label = $localize`:@@login.cta:Login med MitID`;", "<button (click)=\"login()\">{{ key | translate }}</button>\n<button (click)=\"login()\">{{ label }}</button>"),
      settings,
      errors: [
        { messageId: 'useApprovedPhraseInCatalog', data: { key: 'login.mitid', lang: 'da', text: 'Login med MitID', phrase: 'Log ind med MitID' }, line: 1, column: 30 },
        inClass('Login med MitID', 'Log ind med MitID', 2),
      ],
    },
    {
      // A component that is a MitID call to action by its selector, its label an input bound to a field.
      ...login("  label = 'Login with MitID';", '<app-mitid-button [label]="label" (pressed)="login()"></app-mitid-button>\n<app-mitid-button [label]="label" />'),
      errors: [inClass('Login with MitID', 'Log on with MitID', 1), inClass('Login with MitID', 'Log on with MitID', 2)],
    },
    {
      // Angular 20's file names (`login.ts`, `login.html`), and a component in another file of the folder.
      code: '<button (click)="login()">{{ label }}</button>',
      filename: component({
        'login.html': '',
        'login.ts': "@Component({ selector: 'app-login', templateUrl: './login.html' })\nexport class Login { label = 'Login med MitID'; }\n",
      }),
      errors: [inClass('Login med MitID', 'Log ind med MitID')],
    },
    {
      code: '<button (click)="login()">{{ label }}</button>',
      filename: component({
        'mitid.html': '',
        'index.ts': "export * from './mitid';\n",
        'mitid.page.ts': "@Component({ selector: 'app-mitid', templateUrl: `mitid.html` })\nexport class MitIDPage { label = 'Login med MitID'; }\n",
      }),
      errors: [inClass('Login med MitID', 'Log ind med MitID')],
    },
    {
      // A template in a folder of its own, its component one folder up.
      code: '<button (click)="login()">{{ label }}</button>',
      filename: component({ 'templates/': '', 'templates/login-button.html': '', 'login-button.component.ts': "@Component({ selector: 'app-login-button', templateUrl: './templates/login-button.html' })\nexport class LoginButtonComponent { label = 'Login med MitID'; }\n" }, 'templates/login-button.html'),
      errors: [inClass('Login med MitID', 'Log ind med MitID')],
    },
  ],
});

const ts = 'login.component.ts';
const inline = (template: string, body: string): string =>
  `import { Component, input, signal } from '@angular/core';\n@Component({\n  selector: 'app-login',\n  template: \`\n    ${template}\n  \`,\n})\nexport class LoginComponent {\n${body}\n}\n`;

litTester.run('approved-text: an inline template sees the same members', rules['approved-text'] as never, {
  valid: [
    { code: inline('<p>{{ intro() }}</p>', "  intro = signal('Login med MitID er nemt');"), filename: ts },
    { code: inline('<app-mitid-help [label]="label"></app-mitid-help>', "  label = 'Hvad er MitID?';"), filename: ts },
  ],
  invalid: [
    {
      // The custom element is parsed although the template holds no button, link or click handler.
      code: inline('<app-mitid-button [label]="\'Login with MitID\'" (pressed)="login()"></app-mitid-button>', ''),
      filename: ts,
      errors: [{ messageId: 'useApprovedPhrase', data: { text: 'Login with MitID', phrase: 'Log on with MitID' }, line: 5, column: 32, suggestions: [{ messageId: 'replaceWithPhrase', output: inline('<app-mitid-button [label]="\'Log on with MitID\'" (pressed)="login()"></app-mitid-button>', '') }] }],
    },
    {
      // Closed with `/>`: the whitespace after it is no text of the element.
      code: inline('<app-mitid-button [label]="label" />', "  label = 'Login with MitID';"),
      filename: ts,
      errors: [{ messageId: 'useApprovedPhrase', data: { text: 'Login with MitID', phrase: 'Log on with MitID' }, line: 9, column: 11, suggestions: [{ messageId: 'replaceWithPhrase', output: inline('<app-mitid-button [label]="label" />', "  label = 'Log on with MitID';") }] }],
    },
    {
      // $localize with an id: its text is not written verbatim (the id comes first), so no suggestion; reported on the element.
      code: inline('<button (click)="login()">{{ label }}</button>', '  label = $localize`:@@login:Login med MitID`;'),
      filename: ts,
      errors: [{ messageId: 'useApprovedPhrase', data: { text: 'Login med MitID', phrase: 'Log ind med MitID' }, line: 5, column: 6, suggestions: [] }],
    },
    {
      // A signal input's default, in the class: the suggestion rewrites it there.
      code: inline('<button (click)="login()">{{ label() }}</button>', "  label = input('Login med MitID');"),
      filename: ts,
      errors: [{ messageId: 'useApprovedPhrase', data: { text: 'Login med MitID', phrase: 'Log ind med MitID' }, line: 9, column: 17, suggestions: [{ messageId: 'replaceWithPhrase', output: inline('<button (click)="login()">{{ label() }}</button>', "  label = input('Log ind med MitID');") }] }],
    },
  ],
});
