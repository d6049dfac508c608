/** `mitid-ux --help`: teaches the two commands, their options, formats and exit codes. */

export const MAIN_HELP = `mitid-ux: keep a web product compliant with the Danish MitID UX rules.

Usage
  mitid-ux check [paths...]          lint source files with the kit's rules (no config needed)
  mitid-ux audit <url-or-file>...    open pages in headless Chromium and audit what users see
  mitid-ux <command> --help          more about one command

What is checked
  The call to action: a real <button> or <a href>; exactly one of the ten approved phrases
  ("Log ind med MitID", "Log on with MitID", "Godkend med MitID" ...); accessible name = visible
  text; background #0060e6, white text, "IBM Plex Sans", 48px tall. The MitID login page never in
  an iframe; the MitID box at least 588px tall and never clipped; popups large enough.

Output (both commands)
  -f, --format text|json|sarif|github
                                 readable text (default), JSON, SARIF 2.1.0 for code scanning,
                                 or GitHub workflow annotations
  -o, --output FILE              write the report to FILE instead of standard output
      --max-warnings N           fail when there are more than N warnings
      --progress / --no-progress a progress line on standard error (default: on a terminal)

Exit codes
  0  no MitID problems      1  problems found (or more warnings than --max-warnings)
  2  usage error, or something could not be checked (missing path, unreachable page, no browser)

Examples
  npx mitid-ux check src                         # ESLint + stylelint rules over src/, .gitignore respected
  npx mitid-ux check -f sarif -o mitid.sarif .   # upload mitid.sarif to GitHub code scanning
  npx mitid-ux audit http://localhost:3000/login --screenshot login.png
  npx mitid-ux audit login.html -f json
`;

export const CHECK_HELP = `mitid-ux check [paths...]

Runs the kit's ESLint rules (eslint-plugin-mitid) and stylelint rules (stylelint-plugin-mitid) over
files, folders and globs, with its own parsers: JS/JSX/TS/TSX (Lit, Angular), Vue (lang="ts"),
Svelte, Astro and HTML (markup, <style> and <script> blocks), MDX (its JSX), CSS/SCSS/Less;
server templates (PHP, Blade, Razor, Twig/Jinja/Django, ERB, Handlebars, JSP, Velocity,
Thymeleaf), markup in Python, C#, Java, Go, Ruby strings, and native apps (SwiftUI/UIKit,
Kotlin/Android, Flutter, .NET MAUI).
Folders are listed the way git sees them (.gitignore respected; node_modules always skipped).
Paths may be absolute or outside the current folder (a monorepo's ../web/src).

Every file is checked or named: one that cannot be read, parsed or understood is listed as
"could not check" with the reason, and the run exits 2 (--skip-unsupported: named, exit unchanged).

Settings (wrapper components, catalogs, box selectors), nearest to each file first:
  --config FILE, else mitid.config.{json,js,mjs} or a "mitid" key in package.json, else
  settings.mitid of the project's eslint.config.js. Without catalogs, locales/, i18n/, lang/,
  messages/ folders (da.json, en-GB.json, da/*.json) are used, and named in the report.

Options
  -c, --config FILE              MitID settings for every file
  --strict                       also report text that cannot be verified
  -q, --quiet                    errors only
  --skip-unsupported             do not fail on files that could not be checked (still named)
  --max-file-size MB             skip (and name) larger files (default 5)
  -f, --format text|json|sarif|github   -o, --output FILE   --max-warnings N   --progress

Examples
  npx mitid-ux check
  npx mitid-ux check ../web/src 'packages/*/src/**/*.tsx' --max-warnings 0
  npx mitid-ux check --format github          # annotations in a GitHub Actions run
  npx mitid-ux check . -f sarif -o mitid.sarif
`;

export const AUDIT_HELP = `mitid-ux audit <url-or-file>... [--crawl] [--sitemap URL]

Opens each page in headless Chromium at a phone and a desktop size, waits until it settles (load,
network quiet, fonts ready; every wait bounded by --timeout), then audits every frame in an
isolated world the page's own script cannot reach: text built at run time, styles from the
cascade, open and closed shadow roots, frames of any origin, visual tricks (overlays, filters,
opacity, ellipsis, markers, size-0 text), frames showing the MitID login page, and the MitID box
(<verify>) under 588px or clipped. Then it clicks each MitID button (mouse, and Enter on the first)
and follows where it leads: every request to a broker is answered locally, nothing is sent.

A page that cannot be settled (reloads itself, fonts that never load) is exit 2 with the reason.
What the audit cannot see (a label on a canvas, a click that leads nowhere) fails, never passes.
A file opens as a file: URL; a built app with root paths (/assets/index.js) must be served.

The browser: CHROME_PATH, or /usr/bin/chromium, chromium-browser, google-chrome. None installed?
  Debian/Ubuntu: sudo apt-get install -y chromium     other systems: install Chrome, set CHROME_PATH

Options
  --no-click                     do not click the buttons (the click step is on by default)
  --follow-timeout MS            how long a click may take to reach the MitID login (default 5000)
  --crawl                        also audit same-origin links, to --depth (default 2) and
                                 --max-pages (default 50)
  --sitemap URL|FILE             audit the pages a sitemap.xml lists; may repeat
  --concurrency N                pages audited at once in one browser (default 1)
  --viewport LIST                sizes: phone, tablet, desktop or WIDTHxHEIGHT (default phone,desktop)
  --storage-state FILE           a Playwright storage state (cookies, local storage) for pages behind a login
  --header "Name: value"         an extra request header; may repeat
  --wait-for SELECTOR            wait until this selector is on the page before auditing
  --report FILE.html             one self-contained HTML report: screenshots, findings, where clicks led
  --screenshot FILE              save a full-page PNG with each finding outlined and numbered
                                 (several pages: FILE-1.png, FILE-2.png ...)
  --timeout MS                   how long a page may take to load and settle (default 30000)
  --box-selector SELECTOR        where the MitID box is (default: verify); may repeat
  --cta-selector SELECTOR        extra calls to action the heuristics miss; may repeat
  --allow-reauth-iframe          allow Signaturgruppen's re-authentication iframe (L3)
  --allow-unaccented-accept      accept "Accepter med MitID"
  -f, --format text|json|sarif|github   -o, --output FILE   --max-warnings N   --progress

Examples
  npx mitid-ux audit http://localhost:5173/login
  npx mitid-ux audit http://localhost:5173/ --crawl --concurrency 4 --report mitid.html
  npx mitid-ux audit https://staging.example.dk/sign --storage-state auth.json
`;
