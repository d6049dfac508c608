#!/usr/bin/env node
// A third, fresh held-out evaluation of `mitid-ux check` on real public MitID code (issues 10 and 11).
// bench/recall, bench/heldout, bench/heldout-lang and bench/heldout-2 have been used to fix the analyzer; this set
// uses none of their repositories or code-index files (nor obvious siblings of them), is never used for fixing, and was labelled from ../shared/MITID-RULES.md by an
// evaluator who did not read the analyzer. It is scored the way a user runs the tool: each file is
// recreated in a project tree (in the system temp folder, outside this repository's git-ignored
// bench/.work) at its repository path, with the repository's package.json when it has one, and the
// CLI runs as a process with `--format json` from bench/.work/heldout-3/, a folder that is no project's root.
//
// A violation is found when its rule reports on one of its lines (`line`..`endLine`, or any of
// `ranges`); any report on a compliant or not-a-CTA case, or on a line no case labels, is a false
// positive; a file the CLI could not check counts all its violations as missed.
//
// The corpus is never committed: files come from the repositories' git snapshots
// (MITID_HELDOUT_MIRRORS, default /work/.mirror/<owner>+<name>/repo, as the search tool's fetch
// leaves them) and are cached in bench/.corpus/heldout-3/ (git-ignored); files known only by a
// code-index id live in bench/.corpus/heldout-3/index/<id>.<ext> (placed at `name`, a plausible
// repository path). A file that cannot be found fails the run (exit 2).
// Usage: node bench/heldout-3/score.mjs [--write] [--verbose] [--dist]
//   --dist scores the built cli/dist/mitid-ux.js instead of a bundle of the current source.
import { score } from '../lib/heldout-score.mjs';

score({
  set: 'heldout-3',
  title: 'a third held-out set',
  method: [
    'Method: a third held-out set, built after bench/recall, bench/heldout, bench/heldout-lang and bench/heldout-2 had all been',
    'used to fix the analyzer, from code-index files none of the four earlier sets use (and no obvious sibling of theirs), found',
    'with the search tool (exact MitID phrases, near misses, `mitid` class names). It is not to be used for fixing: it is the',
    'honest figure. Each button, link, heading or test string near MitID is labelled by hand from the rules sheet by an evaluator',
    'who did not read the analyzer: a violation (with the rule that must report it), compliant, not a call to action, or',
    'unverified (reports there are neither found nor false). Each file is recreated in a project tree in the temp folder and',
    '`mitid-ux check --format json` runs once as a process over all of them from another folder (the CLI bundled from source).',
    'Every report must land on a labelled violation of its rule or an unverified case; anything else is a false positive.',
    '',
    'Caveats: small (16 files, 10 violations; built in under an hour): read the rates as rough. Index files carry no repository',
    'name; known families of earlier sets (Energinet DataHub, DBC bibliotek.dk, ÅbenForms, PlatformPlatform, the IDguard and',
    'UNQ age-gate plugins, BidHamr, the Hop app, the Lectio apps, the PHP credit checkout and VerifyID examples, the phishing-analyzer tests) were',
    'left out, as were phishing kits that copy MitID\'s own page. The Vue file holds no MitID call to action (a heading prop and',
    'labels); no Svelte, Angular template, SCSS, Razor, Blade, Twig, ERB or Android XML file with MitID code that no earlier set',
    'uses turned up in the time. Two labels are judgements: a Flutter WebView that shows the Aula/MitID login (the URL is',
    'aula.dk, not a MitID host) and a generic per-eID "↗ Verify" button whose Denmark row starts MitID. One label (a literal',
    'inline padding) was added after the first run showed it; a similar Tailwind padding class (py-2.5) stays unverified.',
    'Two files are excerpts (the head up to the end of the component). Rebuilding needs the index files copied into',
    '`bench/.corpus/heldout-3/index/` by a session with `read_file`.',
  ],
});
