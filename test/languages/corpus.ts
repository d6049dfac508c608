/**
 * Inputs for the crash runs. No network here (raw.githubusercontent.com does not resolve), so the
 * test generates a large varied body per language from real-world shapes, cut and broken at
 * random places (seeded: the same files every run). MITID_LANG_CORPUS=<folder> adds real files.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { languageOf } from '../../cli/src/languages/index.js';

const SNIPPETS: Record<string, string[]> = {
  'v.php': ['<?php if ($a): ?>', '<?php endif; ?>', "<?= __('auth.mitid') ?>", '<button class="mitid">Login med MitID</button>', '<?php echo "<a href=\\"x\\">Log ind</a>"; ?>', '<?php', '?>', "<?php $x = ['a' => [1, 2]]; ?>", '<<<EOT\n<a>MitID</a>\nEOT;', '<iframe src="https://x.mitid.dk/a"></iframe>'],
  'v.blade.php': ['@if($x)', '@endif', "{{ __('auth.mitid') }}", '{!! $html !!}', '{{-- c --}}', '@{{ raw }}', '@php $a = 1; @endphp', '@foreach($a as $b)', '<button class="mitid">Login med MitID</button>', '{{', '@lang(', '@verbatim', '--}}'],
  'V.cshtml': ['@model X', '@if (a) {', '}', '} else {', '@Localizer["K"]', '@(1 + 2)', '@{ var a = "<b>"; }', '@* c *@', '@@', 'a@b.dk', '<button class="mitid">Login med MitID</button>', '@foreach (var x in y) {', '@code {', '@Html.Raw(x)'],
  'templates/v.html': ['{% if a %}', '{% endif %}', '{% trans "Login med MitID" %}', '{% blocktrans %}x{% endblocktrans %}', '{{ _("MitID") }}', '{# c #}', '<a class="btn-mitid" href="{% url \'x\' %}">', '</a>', '{%', '{{', '#}'],
  'v.erb': ['<%= t(".x") %>', '<% if a %>', '<% end %>', '<%# c %>', '<%', '%>', '<button class="mitid">Login med MitID</button>', '<%== raw %>'],
  'v.hbs': ['{{#if a}}', '{{/if}}', '{{!-- c --}}', '{{t "login.mitid"}}', '{{{html}}}', '{{> partial}}', '{{', '}}}', '<button class="mitid">Login med MitID</button>'],
  'v.jsp': ['<%@ page x %>', '<%-- c --%>', '<fmt:message key="login.mitid"/>', '${a.b}', '<c:if test="${x}">', '</c:if>', '<%= x %>', '<button class="mitid">Login med MitID</button>', '${'],
  'v.vm': ['#if($a)', '#end', '#springMessage("login.mitid")', '$!{x.y}', '## c', '#* c *#', '#[[ raw ]]#', '$a.b(', '<button class="mitid">Login med MitID</button>'],
  'src/main/resources/templates/v.html': ['<a th:href="@{/login}" th:text="#{login.mitid}">x</a>', '<span th:text="${a}"></span>', '[[#{x}]]', '<button class="mitid" th:text="#{b}">', '</button>', '<p th:if="${a}">', '</p>'],
  'v.py': ['x = f"<a class=\\"mitid\\" href=\\"{u}\\">Login med MitID</a>"', 'def f(a):', '    return """<button class="mitid">{}</button>""".format(a)', "s = '<b>' + x + '</b>'", 'f"{', 'class A:', '    pass'],
  'V.cs': ['var s = $"<a class=\\"mitid\\">{x}</a>";', 'var b = new Button { Text = "Login med MitID" };', 'var v = @"<b class=""mitid"">"";', 'public class A {', '}', 'webView.Source = "https://x.mitid.dk/a";', '$"{'],
  'V.java': ['String s = "<a class=\\"mitid\\">" + x + "</a>";', 'class A {', '}', 'String t = """\n<b>MitID</b>\n""";', '"unterminated'],
  'v.go': ['package x', 'var s = `<button class="mitid">Login med MitID</button>`', 'func f() string { return "<a class=\\"mitid\\">" + x + "</a>" }', '`'],
  'v.rb': ['x = "<a class=\'mitid\' href=\'#{u}\'>Login med MitID</a>"', 'def f', 'end', '<<~HTML\n<b>MitID #{x}</b>\nHTML', '"#{'],
  'V.swift': ['Button("Login med MitID") { go() }', 'Button { Text("Log på med MitID") }', 'webView.load(URLRequest(url: URL(string: "https://x.mitid.dk/a")!))', 'let w = WKWebView()', 'struct V: View {', '}', 'Text("\\(x)")', '"""'],
  'V.kt': ['Button(onClick = {}) { Text("Login med MitID") }', 'webView.loadUrl("https://x.mitid.dk/a")', 'Text(stringResource(R.string.login_mitid))', 'fun f() {', '}', '"${x}"'],
  'v.dart': ["ElevatedButton(onPressed: f, child: Text('Login med MitID'))", "WebView(initialUrl: 'https://x.mitid.dk/a')", "const Text('x')", 'class A {', '}', "'${x}'", '..loadRequest(Uri.parse(u))'],
  'V.xaml': ['<Button Text="Login med MitID"/>', '<WebView Source="https://x.mitid.dk/a"/>', '<StackLayout>', '</StackLayout>', '<Button Text="{x:Static r:R.K}"/>', '<!--', '<Button'],
  'res/layout/a.xml': ['<Button android:text="Login med MitID"/>', '<Button android:text="@string/x"/>', '<LinearLayout>', '</LinearLayout>', '<Button'],
};

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

/** `count` files per language: snippets shuffled, nested, cut mid-token, with odd characters. */
export function generatedCorpus(count: number): { name: string; text: string }[] {
  const out: { name: string; text: string }[] = [];
  const r = rng(11);
  const odd = ['\u0000', '\uFEFF', '\r\n', '\u00a0', 'æøå', '\uD83D', '\\', '"', "'", '`', '<', '>', '{', '}'];
  for (const [name, parts] of Object.entries(SNIPPETS)) {
    for (let i = 0; i < count; i++) {
      const lines: string[] = [];
      const n = 5 + Math.floor(r() * 60);
      for (let k = 0; k < n; k++) {
        let p = parts[Math.floor(r() * parts.length)] as string;
        if (r() < 0.15) p = p.slice(0, Math.floor(r() * p.length));
        if (r() < 0.1) p += odd[Math.floor(r() * odd.length)];
        lines.push(' '.repeat(Math.floor(r() * 8)) + p);
      }
      // One in ten: deep nesting, a very long line, or a file that is one unclosed delimiter.
      // Deep nesting in the file's own syntax: elements in markup, calls in programs.
      const markup = /\.(?:php|html|cshtml|erb|hbs|jsp|vm)$/.test(name);
      if (i % 10 === 3) lines.push(markup ? '<div>'.repeat(3000) + (parts[3] ?? '') + '</div>'.repeat(3000) : 'f('.repeat(1000) + (parts[0] ?? '') + ')'.repeat(1000));
      if (i % 10 === 6) lines.push('x'.repeat(200_000));
      if (i % 10 === 9) lines.unshift('{{ "' + 'a'.repeat(5000));
      // The number goes before the whole extension: `v-3.blade.php` stays Blade.
      const dot = name.indexOf('.', name.lastIndexOf('/') + 1);
      out.push({ name: `${name.slice(0, dot)}-${i}${name.slice(dot)}`, text: lines.join('\n') });
    }
  }
  return out;
}

/** Real files of the checked types under a folder (MITID_LANG_CORPUS), skipping dependencies. */
export function realCorpus(dir: string): string[] {
  const out: string[] = [];
  const stack = [dir];
  while (stack.length) {
    const d = stack.pop() as string;
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) {
        if (!['node_modules', '.git', 'vendor', 'Pods', 'build'].includes(e.name)) stack.push(p);
      } else if (e.isFile() && languageOf(p) !== undefined) out.push(p);
    }
  }
  return out.sort();
}
