// mitid/button-style reads an Angular component's `styleUrl`/`styleUrls` files like its inline
// `styles`, from the component's folder: for its inline `template` and for the `templateUrl`
// template whose component names them. Reported at the class that brings the rule, naming the file
// and line. Other classes, buttons that are no MitID CTA, and missing files stay silent.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkButtonDeclaration } from '../../src/core/index.js';
import { htmlTester, jsxTester, rules } from './helpers.js';

const rule = rules['button-style'] as never;
const expected = (property: string, actual: string): string => checkButtonDeclaration(property, actual)?.expected ?? 'n/a';
const fromFile = (className: string, file: string, line: number, selector: string, property: string, actual: string, at: number) => ({
  messageId: 'offBrandModule',
  data: { className, file, line: String(line), selector, property, actual, expected: expected(property, actual) },
  line: at,
});

const dir = mkdtempSync(join(tmpdir(), 'mitid-style-urls-'));
const cta = join(dir, 'cta');
mkdirSync(cta);
mkdirSync(join(dir, 'shared'));
writeFileSync(join(cta, 'cta.component.scss'), '$gap: 4px;\n.primary {\n  background: #333;\n  color: #fff;\n}\n.cancel { background: red; }\n');
writeFileSync(join(dir, 'shared', 'buttons.css'), '.tall { height: 56px; }\n');
writeFileSync(join(cta, 'login.component.ts'), "@Component({\n  selector: 'app-login',\n  templateUrl: './login.component.html',\n  styleUrls: ['./cta.component.scss', '../shared/buttons.css'],\n})\nexport class LoginComponent {}\n");
const component = (template: string, urls: string): string => `import { Component } from '@angular/core';\n\n@Component({\n  selector: 'app-cta',\n  template: '${template}',\n  ${urls},\n})\nexport class CtaComponent {}\n`;
const TS = join(cta, 'cta.component.ts');

jsxTester.run('button-style: styleUrl(s) of an Angular component', rule, {
  valid: [
    { code: component('<button type="button" class="cancel">Annullér</button>', "styleUrl: './cta.component.scss'"), filename: TS },
    { code: component('<button type="submit" class="primary">Gem</button>', "styleUrl: './cta.component.scss'"), filename: TS },
    { code: component('<button type="submit" class="primary">Log ind med MitID</button>', "styleUrl: './missing.scss'"), filename: TS },
    { code: component('<p class="primary">Du logger ind med MitID.</p>', "styleUrls: ['./cta.component.scss']"), filename: TS },
  ],
  invalid: [
    {
      code: component('<button type="submit" class="primary">Log ind med MitID</button>', "styleUrl: './cta.component.scss'"),
      filename: TS,
      errors: [fromFile('primary', 'cta.component.scss', 3, '.primary', 'background', '#333', 5)],
    },
    {
      code: component('<button type="submit" class="primary tall">Log ind med MitID</button>', "styleUrls: [\n    './cta.component.scss',\n    '../shared/buttons.css',\n  ]"),
      filename: TS,
      errors: [fromFile('primary', 'cta.component.scss', 3, '.primary', 'background', '#333', 5), fromFile('tall', '../shared/buttons.css', 1, '.tall', 'height', '56px', 5)],
    },
  ],
});

htmlTester.run('button-style: a templateUrl template and its component\'s styleUrls', rule, {
  valid: [
    { code: '<button class="cancel" (click)="back()">Tilbage</button>\n', filename: join(cta, 'login.component.html') },
    // No component names this template: its sheets are unknown.
    { code: '<button class="primary" (click)="login()">Log ind med MitID</button>\n', filename: join(cta, 'other.component.html') },
  ],
  invalid: [
    {
      code: '<div class="box">\n  <button class="primary" (click)="login()">Log ind med MitID</button>\n</div>\n',
      filename: join(cta, 'login.component.html'),
      errors: [fromFile('primary', 'cta.component.scss', 3, '.primary', 'background', '#333', 2)],
    },
  ],
});
