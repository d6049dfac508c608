#!/usr/bin/env node
// A second, fresh held-out evaluation of `mitid-ux check` on real public MitID code (issues 10 and 11).
// bench/recall, bench/heldout and bench/heldout-lang have been used to fix the analyzer; this set uses
// none of their repositories or code-index files, and was labelled from ../shared/MITID-RULES.md by an
// evaluator who did not read the analyzer. It is scored the way a user runs the tool: each file is
// recreated in a project tree (in the system temp folder, outside this repository's git-ignored
// bench/.work) at its repository path, with the repository's package.json when it has one, and the
// CLI runs as a process with `--format json` from bench/.work/heldout-2/, a folder that is no project's root.
//
// A violation is found when its rule reports on one of its lines (`line`..`endLine`, or any of
// `ranges`); any report on a compliant or not-a-CTA case, or on a line no case labels, is a false
// positive; a file the CLI could not check counts all its violations as missed.
//
// The corpus is never committed: files come from the repositories' git snapshots
// (MITID_HELDOUT_MIRRORS, default /work/.mirror/<owner>+<name>/repo, as the search tool's fetch
// leaves them) and are cached in bench/.corpus/heldout-2/ (git-ignored); files known only by a
// code-index id live in bench/.corpus/heldout-2/index/<id>.<ext> (placed at `name`, a plausible
// repository path). A file that cannot be found fails the run (exit 2).
// Usage: node bench/heldout-2/score.mjs [--write] [--verbose] [--dist]
//   --dist scores the built cli/dist/mitid-ux.js instead of a bundle of the current source.
import { score } from '../lib/heldout-score.mjs';

score({
  set: 'heldout-2',
  title: 'a second held-out set',
  method: [
    'Method: a second held-out set, built after bench/heldout and bench/heldout-lang had been used to fix the analyzer, from',
    'repositories and code-index files none of the three earlier sets (bench/recall, bench/heldout, bench/heldout-lang) use,',
    'found with the search tool (MitID button texts, `mitid` class names, broker hosts, age verification, e-signing). Each',
    'button, link, style rule or text near a MitID login is labelled by hand from the rules sheet by an evaluator who did not',
    'read the analyzer: a violation (with the rule that must report it), compliant, not a call to action, or unverified (text',
    'the file alone cannot settle: a catalog or settings value that is not there; reports there are neither found nor false).',
    'Each file is recreated at its repository path in a project tree in the temp folder and `mitid-ux check --format json`',
    'runs once as a process over all of them from another folder (the CLI bundled from source, dependencies external). Every',
    'report must land on a labelled violation of its rule or an unverified case; anything else is a false positive.',
    '',
    'Caveats: small (29 files, 12 violations): read the rates as rough. No Vue, Svelte, Angular, Lit, SCSS, Razor, Blade or',
    'Twig file with a MitID call to action turned up that no earlier set uses; most files are small apps, demos and design',
    'prototypes. Index files carry no repository name, so siblings of earlier files cannot be excluded by name; known siblings',
    'were left out (the Energinet DataHub, DBC bibliotek.dk and ÅbenForms frontend families), one file comes from the ÅbenForms',
    "backend repository. Rebuilding the set needs the repositories fetched (the search tool's `fetch`) and the index files copied",
    'into `bench/.corpus/heldout-2/index/` by a session with `read_file`.',
  ],
});
