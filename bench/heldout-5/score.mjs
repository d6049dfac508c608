#!/usr/bin/env node
// A fifth, fresh held-out evaluation of `mitid-ux check` on real public MitID code (issues 10 and 11), for the
// file types outside React: Vue/Nuxt, Svelte, Angular templates (with their component class and Transloco
// catalogs beside them), plain HTML and server-template pages (Django, Twig) with inline scripts.
// It uses none of the repositories or code-index files of bench/recall, bench/heldout, bench/heldout-lang,
// bench/heldout-2 and bench/heldout-3 (nor obvious siblings), is never used for fixing, and was labelled from
// ../shared/MITID-RULES.md by an evaluator who did not read the analyzer. Scored the way a user runs the tool:
// each file is recreated in a project tree at its repository path (with the repository's package.json and the
// siblings its `with` names), and the CLI runs once as a process with `--format json`.
//
// A violation is found when its rule reports on one of its lines (`line`..`endLine`); any report on a compliant
// or not-a-CTA case, or on a line no case labels, is a false positive; a file the CLI could not check counts all
// its violations as missed. Files come from git snapshots (MITID_HELDOUT_MIRRORS, default
// /work/.mirror/<owner>+<name>/repo, as the search tool's fetch leaves them), cached in bench/.corpus/heldout-5/.
// Usage: node bench/heldout-5/score.mjs [--write] [--verbose] [--dist]
import { score } from '../lib/heldout-score.mjs';

score({
  set: 'heldout-5',
  title: 'a fifth held-out set (Vue, Svelte, Angular, HTML and server templates)',
  method: [
    'Method: a fifth held-out set, for the file types outside React/JSX, built after the earlier sets had been used to fix the',
    'analyzer, from whole public repositories (git snapshots) that none of them uses: a Nuxt age-verification demo, a Svelte',
    'Chrome extension\'s settings page, a Django + Criipto prototype, a MitID "replica" page, two Aarhus Drupal sites (a Twig',
    'consent page, a Playwright test), an OS2Forms NemLog-in developer page, three Magenta Django portals (django_mitid_auth)',
    'and the OS2valghalla citizen site (Angular templates with their component class and Transloco catalogs beside them).',
    'Each button, link, heading, image or test string near MitID is labelled by hand from the rules sheet by an evaluator who',
    'did not read the analyzer: a violation (with the rule that must report it), compliant, not a call to action, or',
    'unverified (reports there are neither found nor false). Each file is recreated in a project tree in the temp folder and',
    '`mitid-ux check --format json` runs once over all of them (the CLI bundled from source).',
    '',
    'Caveats: small (21 files, 9 violations): read the rates as rough. The code index\'s Vue, Svelte and Angular MitID files',
    'were already used by the earlier sets; no fresh Astro file, no fresh CSS/SCSS/Less that styles a MitID button or the',
    'MitID box, and no real iframe of a MitID address turned up in the time, so those types are absent. Judgement labels: two',
    'button-style violations are unstyled buttons on pages that load no stylesheet at all (browser default grey, not the',
    'brand blue); two links are MitID CTAs only through their target (`django_mitid_auth:login`) with the text "Log ind";',
    'the OS2valghalla buttons the surrounding text says lead to MitID, a login whose MitID is in the project docs only, and',
    'an iframe of a self-hosted MitID look-alike are unverified. Two labels were narrowed after the first run, which read',
    '5 of 9 found and 0 false positives because three button-style reports fell on cases then marked unverified for another',
    'question: the Vue status panel\'s `.mitid-core-finalize` styles (the box question) and the look-alike iframe (the',
    'embedding question). Neither is a button, so the styles and the iframe\'s attributes are now not-a-CTA; the iframe\'s',
    '`src` stays unverified. The figures below count those three reports as false positives.',
  ],
});
