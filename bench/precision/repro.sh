#!/bin/bash
# Self-written repros of the false positives and not-checked failures found on real code
# (bench/precision/README.md). Each case is written to a temp folder and checked; the expected
# result of a fixed kit is given beside it. usage: bench/precision/repro.sh
set -u
root=$(cd "$(dirname "$0")/../.." && pwd); t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
put() { mkdir -p "$(dirname "$t/$1")"; cat > "$t/$1"; }

put unknown-rule/a.js <<'X'
// eslint-disable-next-line import/no-unused-modules
export const x = 1;
X
put eslint-env/a.js <<'X'
/* eslint-env browser, jquery */
document.title = 'x';
X
put box-class/mitid.css <<'X'
/* draws the MitID box (the "client"), not a button */
.mitid-client { font-family: sans-serif; color: #333333; max-width: 400px; padding: 32px; }
X
put doc-links/guide.html <<'X'
<ul><li><a href="https://pp.mitid.dk/test-tool/frontend/#/create-identity">MitID Test Tool</a></li></ul>
<p>Create a test user <a href="https://simulator.example.test/create">with MitID Simulator</a>, then log in.</p>
X
put doc-links/guide.mdx <<'X'
# Test users

- <a href="https://pp.mitid.dk/test-tool/frontend/#/create-identity">MitID Test Tool</a>

Create a test user <a href="https://simulator.example.test/create">with MitID Simulator</a>, then log in.
X
put thymeleaf-style/src/main/resources/templates/e.html <<'X'
<p>MitID</p>
<em th:style="${a} ? 'display: none;' : ''"></em>
<style>.x { color: red; }</style>
X
put hover-hue/a.css <<'X'
.mitid-button { background: #0060e6; color: #fff; }
.mitid-button:hover { background: #005a9e; }
X
put ejs/v.ejs <<'X'
<a class="btn" href="/login"><%= t('login') %> med MitID</a>
X

put sourcemap-string/loader.js <<'X'
export function withSourceMap(css, map) {
  return css + "\n/*# sourceMappingURL=data:application/json;base64," + btoa(JSON.stringify(map)) + " */";
}
X
put vue-p-div/Menu.vue <<'X'
<template>
  <p>
    <div class="small">Select one of the options</div>
  </p>
</template>
X
put vue-bad-inline-style/Post.vue <<'X'
<template>
  <img src="a.png" alt="" style="width: 100%;top:0:left:0" />
</template>
X

expect() { printf '\n== %s (a fixed kit: %s)\n' "$1" "$2"; (cd "$t" && node "$root/cli/dist/mitid-ux.js" check "$1" 2>&1 | tail -n 8); }
expect unknown-rule 'no finding: not a MitID rule'
expect eslint-env 'checked, no finding'
expect box-class 'no button-style finding: the box is not a button'
expect doc-links 'no finding: documentation links to MitID test tools'
expect thymeleaf-style 'no parse-error: th:style holds a Thymeleaf expression'
expect hover-hue 'unsure: #005a9e is a darker blue, 9 degrees of hue from #0060e6'
expect ejs 'not a false positive: EJS has no reader, the file is named as not checked'
expect sourcemap-string 'checked: a source-map comment built in a string is not an inline map'
expect vue-p-div 'checked: Vue compiles it; the parser recovers (no MitID in the file)'
expect vue-bad-inline-style 'unsure: the CSS is malformed, but the file never names MitID'
