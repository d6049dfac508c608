#!/usr/bin/env node
// Editor data from custom-elements.json, with the libraries the web-component ecosystem uses for it:
// html-custom-data.json for VS Code (`"html.customData"`) and web-types.json for JetBrains IDEs
// (found through package.json's "web-types"). Run by `npm run build` after the manifest.
import { readFileSync, writeFileSync } from 'node:fs';
import { getVsCodeHtmlCustomData } from 'custom-element-vs-code-integration';
import { getWebTypesData } from 'custom-element-jet-brains-integration';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
if (!manifest.modules?.some((m) => m.declarations?.some((d) => d.tagName))) {
  console.error('custom-data: custom-elements.json declares no custom element; run the manifest step first.');
  process.exit(1);
}
const common = { hideLogs: true, descriptionSrc: 'description' };
// Both libraries return formatted JSON text; parsing it again proves it is JSON before it ships.
const files = {
  'html-custom-data.json': getVsCodeHtmlCustomData(manifest, common),
  'web-types.json': getWebTypesData(manifest, { ...common, packageJson: false }),
};
for (const [file, text] of Object.entries(files)) writeFileSync(file, `${JSON.stringify(JSON.parse(text), null, 2)}\n`);
