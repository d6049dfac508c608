/**
 * Markup inside the strings of Python, C#, Java, Go, Ruby and PHP: the HTML a server builds by
 * hand (f-strings, interpolated strings, heredocs, text blocks, `+` chains) is read as markup,
 * with findings at the characters in the host file and interpolations as holes.
 */
import { describe, expect, it } from 'vitest';
import { at, check } from './helpers.js';

const NEAR = 'mitid/approved-text';
const FRAME = 'mitid/no-embedded-login';

describe('markup in strings', () => {
  it('Python f-string: a near-miss between interpolations', async () => {
    const src = 'from django.utils.html import format_html\n\ndef mitid_button(url):\n    return f\'<a class="btn btn-mitid" href="{url}">Login med MitID</a>\'\n';
    const r = await check('app/widgets.py', { 'app/widgets.py': src });
    expect(r.where).toEqual([`${at(src, 'Login med MitID')} ${NEAR}`]);
    expect(r.messages[0]).toBe('"Login med MitID" is not an approved MitID phrase: use "Log ind med MitID".');
  });

  it('Python: an interpolated CTA text is a hole (strict only); docstrings and messages stay silent', async () => {
    const src = 'def b(label):\n    """Renders <button>Login med MitID</button>? No: a docstring is not markup."""\n    log("Log ind med MitID mislykkedes")\n    return f"<button class=\\"mitid-btn\\">{label}</button>"\n';
    expect((await check('b.py', { 'b.py': src })).where).toHaveLength(1); // the docstring holds HTML too, and is read as a string
    const plain = 'def b(label):\n    log("Log ind med MitID mislykkedes")\n    return f"<button class=\\"mitid-btn\\">{label}</button>"\n';
    expect((await check('b.py', { 'b.py': plain })).where).toEqual([]);
    expect((await check('b.py', { 'b.py': plain }, { strict: true })).where).toEqual([`${at(plain, 'button class')} ${NEAR}`]);
  });

  it('C# interpolated and verbatim strings, with escapes decoded', async () => {
    const src = 'public class V {\n  public string Html(string url) => $"<iframe src=\\"https://netseidbroker.dk/op/connect/authorize?x={url}\\"></iframe>";\n  public string B = @"<button class=""mitid"">Log ind med MitID</button>";\n}\n';
    const r = await check('Views/V.cs', { 'Views/V.cs': src });
    expect(r.where).toEqual([`${at(src, 'iframe')} ${FRAME}`]);
  });

  it('Java: a + chain of strings is one piece of markup', async () => {
    const src = 'class L {\n  String html(String u) {\n    return "<a class=\\"mitid\\" href=\\"" + u + "\\">" +\n      "Login with MitID" +\n      "</a>";\n  }\n}\n';
    const r = await check('src/main/java/L.java', { 'src/main/java/L.java': src });
    expect(r.where).toEqual([`${at(src, 'Login with MitID')} ${NEAR}`]);
  });

  it('Go raw strings; Ruby interpolation and heredocs', async () => {
    const go = 'package web\n\nconst loginButton = `<button class="mitid-button" style="background: #e0001b">Log ind med MitID</button>`\n';
    expect((await check('web/login.go', { 'web/login.go': go })).where).toEqual([`${at(go, "background")} mitid/button-style`]);
    const rb = 'def mitid_link(url)\n  "<a class=\'btn-mitid\' href=\'#{url}\'>Log på med MitID</a>".html_safe\nend\n';
    expect((await check('app/helpers/mitid_helper.rb', { 'app/helpers/mitid_helper.rb': rb })).where).toEqual([`${at(rb, 'Log på med MitID')} ${NEAR}`]);
  });

  it('PHP heredoc inside a class', async () => {
    const src = '<?php\nclass Button {\n  public function render($url) {\n    return <<<HTML\n<a class="mitid-login" href="{$url}">Login med MitID</a>\nHTML;\n  }\n}\n';
    const r = await check('src/Button.php', { 'src/Button.php': src });
    expect(r.where).toEqual([`${at(src, 'Login med MitID')} ${NEAR}`]);
  });

  it("a test's strings are fixtures and assertions, not the product's markup", async () => {
    const py = "class LoginViewTest(TestCase):\n    def test_no_link(self):\n        self.assertNotContains(response, '<a class=\"btn-mitid\" href=\"/login/\">Login med MitID</a>', html=True)\n";
    const php = "<?php\nclass LoginTest extends TestCase {\n  public function test_page() { $this->get('/login')->assertDontSee('<button class=\"btn-mitid\">Log på med MitID</button>', false); }\n}\n";
    expect((await check('app/tests/test_login_view.py', { 'app/manage.py': '', 'app/tests/test_login_view.py': py })).where).toEqual([]);
    expect((await check('tests/Feature/LoginTest.php', { 'composer.json': '{}', 'tests/Feature/LoginTest.php': php })).where).toEqual([]);
    // The same string in the product's own code is markup.
    const view = "def login(request):\n    return HttpResponse('<a class=\"btn-mitid\" href=\"/login/\">Login med MitID</a>')\n";
    expect((await check('app/views.py', { 'app/manage.py': '', 'app/views.py': view })).where).toEqual([`${at(view, 'Login med MitID')} mitid/approved-text`]);
  });

  it('strings without markup, or markup without MitID, are not read', async () => {
    const src = 'MSG = "Log ind med MitID for at fortsætte"\nHTML = "<p>Welcome</p>"\nHELP = \'<a href="https://www.mitid.dk/">Hvad er MitID?</a>\'\n';
    expect((await check('m.py', { 'm.py': src }, { strict: true })).where).toEqual([]);
  });
});
