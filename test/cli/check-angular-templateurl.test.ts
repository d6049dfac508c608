// `mitid-ux check` on an Angular project laid out as real ones are: the label in the component
// class, the button in its `templateUrl` file. Run as a process from another folder; every finding
// of the project is asserted (file, line, column, text), so a help page, a paragraph, a component
// whose template is another file and a plain static page must stay silent.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { cli, ensureBuilt, type JsonReport } from './run-cli.js';

beforeAll(ensureBuilt);

const component = (name: string, body: string, templateUrl = `./${name}.component.html`): string =>
  `import { Component, signal } from '@angular/core';\nimport { TranslateService } from '@ngx-translate/core';\n\n@Component({\n  selector: 'app-${name}',\n  templateUrl: '${templateUrl}',\n  styleUrl: './${name}.component.css',\n})\nexport class ${name[0]?.toUpperCase()}${name.slice(1)}Component {\n${body}\n}\n`;

const FILES: Record<string, string> = {
  // The case: a field and a state text in the template.
  'src/app/login/login.component.ts': component('login', "  buttonText = 'Fortsæt med MitID';\n  busy = false;\n  login(): void {}"),
  'src/app/login/login.component.html': "<button class=\"btn mitid\" (click)=\"login()\">{{ busy ? 'Vent…' : buttonText }}</button>\n",
  'src/app/login/login.component.css': '.btn { padding: 8px; }\n',
  // A template that never names MitID: its class does (a signal and the state its handler sets).
  'src/app/start/start.component.ts': component('start', "  label = signal('Log ind med MitID');\n  start(): void {\n    this.label.set('Vent venligst');\n  }"),
  'src/app/start/start.component.html': '<button mat-flat-button color="primary" (click)="start()">{{ label() }}</button>\n',
  // Silent: a paragraph and a help link fed by the class, a component whose template is another file.
  'src/app/help/help.component.ts': component('help', "  intro = 'Login med MitID er nemt';\n  helpText = 'Hvad er MitID?';"),
  'src/app/help/help.component.html': '<p>{{ intro }}</p>\n<a href="https://www.mitid.dk/hjaelp/">{{ helpText }}</a>\n',
  'src/app/other/other.component.ts': component('other', "  label = 'Login med MitID';", './other-view.html'),
  'src/app/other/other.component.html': '<button (click)="go()">{{ label }}</button>\n',
  'src/app/other/other-view.html': '<span>{{ label }}</span>\n',
  // A plain static page, no component anywhere near it.
  'public/index.html': '<!doctype html>\n<html><body><button onclick="login()">{{ label }}</button><a href="/mitid">Hvad er MitID?</a></body></html>\n',
};

it('reports the texts a templateUrl file shows from its class, from another folder', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'mitid-ux-angular-'));
  for (const [name, text] of Object.entries(FILES)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  const cwd = mkdtempSync(join(tmpdir(), 'mitid-ux-elsewhere-'));
  const r = await cli(['check', join(dir, 'src'), join(dir, 'public'), '-f', 'json'], { cwd });
  const report = JSON.parse(r.stdout) as Omit<JsonReport, 'findings'> & { findings: (JsonReport['findings'][number] & { column?: number })[] };
  const found = report.findings.map((f) => `${relative(dir, join(cwd, f.target))}:${f.line}:${f.column} ${f.ruleId} ${f.message.match(/"[^"]*"/)?.[0]}`).sort();
  expect(found).toEqual([
    'src/app/login/login.component.html:1:2 mitid/approved-text "Fortsæt med MitID"',
    'src/app/login/login.component.html:1:55 mitid/approved-text "Vent…"',
    'src/app/start/start.component.html:1:2 mitid/approved-text "Vent venligst"',
  ]);
  expect(report.errors).toEqual([]);
  expect(r.code).toBe(1);
});
