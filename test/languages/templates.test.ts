/**
 * Server templates: the kit's five markup rules over PHP, Blade, Razor, Twig/Jinja/Django/Nunjucks,
 * ERB, Handlebars, JSP, Velocity and Thymeleaf, at the exact place in the template file. Cases
 * follow how real login views go wrong: a near-miss phrase, a message catalog holding the wrong
 * words, the broker page in an iframe, a MitID button restyled inline.
 */
import { describe, expect, it } from 'vitest';
import { at, check } from './helpers.js';

const NEAR = 'mitid/approved-text';
const FRAME = 'mitid/no-embedded-login';
const BROKER = 'https://pp.netseidbroker.dk/op/connect/authorize?client_id=x&acr_values=urn:grn:authn:dk:mitid:substantial';

describe('PHP', () => {
  const view = [
    '<?php $title = "Login"; ?>',
    '<div class="login">',
    '<?php if ($showMitid): ?>',
    '  <button type="submit" class="btn btn-mitid">Login med MitID</button>',
    '<?php endif; ?>',
    '  <a class="btn" href="/auth/mitid"><?= __(\'auth.mitid\') ?></a>',
    '  <p>Hvad er MitID? <?= $help ?></p>',
    '</div>',
  ].join('\n');

  it('finds a near-miss inside control flow and a catalog message, at their place', async () => {
    const r = await check('views/login.php', { 'views/login.php': view, 'lang/da/auth.php': "<?php\nreturn ['mitid' => 'Log ind via MitID'];\n" });
    expect(r.where).toEqual([`${at(view, 'Login med MitID')} ${NEAR}`, `${at(view, "<?= __('auth.mitid')")} ${NEAR}`]);
    expect(r.messages[0]).toBe('"Login med MitID" is not an approved MitID phrase: use "Log ind med MitID".');
    expect(r.messages[1]).toBe('Message "auth.mitid" (da) reads "Log ind via MitID", not an approved MitID phrase: use "Log ind med MitID".');
    expect(r.notChecked).toEqual([]);
  });

  it('stays silent on approved text and catalog messages', async () => {
    const ok = view.replace('Login med MitID', 'Log ind med MitID');
    const r = await check('views/login.php', { 'views/login.php': ok, 'lang/da/auth.php': "<?php return ['mitid' => 'Log ind med MitID'];" });
    expect(r.where).toEqual([]);
  });

  it('an echo the linter cannot read is unverifiable only in strict mode', async () => {
    const text = '<button class="mitid-login"><?php echo $label; ?></button>';
    expect((await check('a.php', { 'a.php': text })).where).toEqual([]);
    // Reported on the element, as the ESLint rule reports a hole it cannot read.
    expect((await check('a.php', { 'a.php': text }, { strict: true })).where).toEqual([`1:2 ${NEAR}`]);
  });

  it('reads echo of a literal and WordPress _e() as the text shown', async () => {
    const text = '<button class="btn"><?php echo "Login with MitID"; ?></button>\n<a href="/x"><?php _e( \'Log in using MitID\', \'my-plugin\' ); ?></a>';
    const r = await check('t.php', { 't.php': text });
    expect(r.where).toEqual([`${at(text, '<?php echo')} ${NEAR}`, `${at(text, '<?php _e')} ${NEAR}`]);
  });
});

describe('Blade', () => {
  const view = [
    "@extends('layouts.app')",
    "@section('content')",
    '{{-- <button>Login med MitID</button> is the old button --}}',
    '<form method="POST" action="{{ route(\'mitid.login\') }}">',
    '  @csrf',
    '  <button type="submit" class="btn btn-primary">{{ __(\'auth.login_mitid\') }}</button>',
    '</form>',
    '<iframe src="' + BROKER + '" width="100%" height="600"></iframe>',
    '<p>@lang(\'auth.mitid_help\')</p>',
    '@endsection',
  ].join('\n');
  const catalogs = { 'lang/da/auth.php': "<?php\nreturn [\n  'login_mitid' => 'Log ind med MitId',\n  'mitid_help' => 'Hvad er MitID?',\n];\n" };

  it('checks {{ __() }} through lang/*/*.php, finds the broker iframe, ignores comments', async () => {
    const r = await check('resources/views/auth/login.blade.php', { 'resources/views/auth/login.blade.php': view, ...catalogs });
    expect(r.where).toEqual([`${at(view, "{{ __('auth.login_mitid') }}")} ${NEAR}`, `${at(view, 'iframe')} ${FRAME}`]);
    expect(r.messages[0]).toContain('Message "auth.login_mitid" (da) reads "Log ind med MitId"');
  });

  it('JSON catalogs: a sentence key is its own text when no language has it', async () => {
    const text = '<button class="mitid">{{ __(\'Login with MitID\') }}</button>';
    const r = await check('v.blade.php', { 'v.blade.php': text, 'lang/da.json': '{"Login with MitID": "Log ind med MitID"}' });
    expect(r.where).toEqual([]);
    const none = await check('v.blade.php', { 'v.blade.php': text });
    expect(none.where).toEqual([`${at(text, '{{')} ${NEAR}`]);
  });

  it('a @{{ }} escape and @verbatim stay text', async () => {
    const text = '<button class="mitid">@{{ Login med MitID }}</button>';
    expect((await check('v.blade.php', { 'v.blade.php': text })).where).toHaveLength(1);
  });
});

describe('Razor', () => {
  const view = [
    '@page',
    '@model LoginModel',
    '@inject IViewLocalizer Localizer',
    '@* <button>Login med MitID</button> *@',
    '<form method="post" asp-page-handler="MitID">',
    '  @if (Model.ShowMitId)',
    '  {',
    '    <button type="submit" class="btn mitid-button">@Localizer["LoginMitID"]</button>',
    '  }',
    '  else',
    '  {',
    '    <a class="btn" href="@Model.MitIdUrl">Login with MitID</a>',
    '  }',
    '</form>',
    '<p>Kontakt support@example.dk for hjælp med MitID.</p>',
  ].join('\n');

  it('checks @Localizer["key"] through .resx, a near-miss in an else branch; e-mail is text', async () => {
    const resx = '<?xml version="1.0" encoding="utf-8"?>\n<root>\n  <data name="LoginMitID" xml:space="preserve">\n    <value>Log ind med MitID</value>\n  </data>\n</root>';
    const r = await check('Pages/Login.cshtml', { 'Pages/Login.cshtml': view, 'Resources/Pages/Login.da.resx': resx.replace('med MitID', 'med Mit ID') });
    expect(r.where).toEqual([`${at(view, '@Localizer')} ${NEAR}`, `${at(view, 'Login with MitID')} ${NEAR}`]);
    const ok = await check('Pages/Login.cshtml', { 'Pages/Login.cshtml': view.replace('Login with MitID', 'Log on with MitID'), 'Resources/Pages/Login.da.resx': resx });
    expect(ok.where).toEqual([]);
  });

  it('.razor components: @code blocks are code, not markup', async () => {
    const text = '<button class="mitid" @onclick="Login">Log ind med MitID</button>\n@code {\n  string x = "<button>Login med MitID</button>";\n}';
    expect((await check('Login.razor', { 'Login.razor': text })).where).toEqual([]);
  });
});

describe('Jinja, Django, Twig, Nunjucks', () => {
  it('Django {% trans %} through gettext .po', async () => {
    const view = '{% load i18n %}\n{# <button>Login med MitID</button> #}\n<a class="btn btn-mitid" href="{% url \'mitid_login\' %}">{% trans "Log in with MitID" %}</a>\n<h2>{% trans "About MitID" %}</h2>';
    const po = 'msgid ""\nmsgstr ""\n"Language: da\\n"\n\n#: templates/login.html:3\nmsgid "Log in with MitID"\nmsgstr "Log ind via MitID"\n\nmsgid "About MitID"\nmsgstr "Om MitID"\n';
    const r = await check('templates/login.html', { 'templates/login.html': view, 'locale/da/LC_MESSAGES/django.po': po });
    expect(r.where).toEqual([`${at(view, '{% trans "Log in with MitID" %}')} ${NEAR}`]);
    expect(r.messages[0]).toContain('Message "Log in with MitID" (da) reads "Log ind via MitID"');
  });

  it('a link whose route names the MitID login is a MitID call to action, whatever its text', async () => {
    const view = '{% extends "base.html" %}\n{% block content %}\n<p>Du er ikke logget ind.</p>\n<a href="{% url \'django_mitid_auth:login\' %}" class="btn btn-primary">Log ind</a>\n<a href="{% url \'django_mitid_auth:logout\' %}">Log ud</a>\n<a href="{% url \'login\' %}">Log ind</a>\n<a href="{{ url_for(\'mitid.login\') }}">Log ind med MitID</a>\n{% endblock %}\n';
    const r = await check('akap/templates/error.html', { 'akap/templates/error.html': view });
    expect(r.where).toEqual([`${at(view, 'Log ind</a>')} ${NEAR}`]);
    expect(r.messages[0]).toContain('A MitID call to action reads "Log ind"');
  });

  it('Jinja {% trans %}...{% endtrans %} blocks and {{ _() }}; help headings stay silent', async () => {
    const view = '<h1>{{ _("Hvad er MitID?") }}</h1>\n<button type="submit" class="mitid">{% trans %}Login med MitID{% endtrans %}</button>\n<button class="mitid">{{ _("Log ind med MitID") }}</button>';
    const r = await check('app/templates/login.jinja', { 'app/templates/login.jinja': view });
    expect(r.where).toEqual([`${at(view, '{% trans %}')} ${NEAR}`]);
  });

  it('Twig: {{ "key"|trans }} without a catalog is unverifiable in strict mode; {% if %} is blank', async () => {
    const view = '{% if app.user is null %}\n  <a href="{{ path(\'mitid_connect\') }}" class="btn mitid">{{ \'login.mitid\'|trans }}</a>\n{% endif %}';
    expect((await check('templates/security/login.html.twig', { 'templates/security/login.html.twig': view })).where).toEqual([]);
    expect((await check('templates/security/login.html.twig', { 'templates/security/login.html.twig': view }, { strict: true })).where).toEqual([`${at(view, "{{ 'login.mitid'|trans }}")} ${NEAR}`]);
  });

  it('Nunjucks: an inline style on the MitID button', async () => {
    const view = '{% block content %}\n<button class="mitid-button" style="background-color: #ff0000">Log ind med MitID</button>\n{% endblock %}';
    const r = await check('views/login.njk', { 'views/login.njk': view });
    expect(r.where).toEqual([`${at(view, 'background-color')} mitid/button-style`]);
  });
});

describe('ERB, Handlebars, JSP, Velocity', () => {
  it('ERB: <%= %> output, <% %> code, <%# %> comments', async () => {
    const view = '<%# Login med MitID %>\n<% if mitid? %>\n  <a class="btn-mitid" href="<%= mitid_path %>">Login med MitID</a>\n<% end %>\n<p><%= t(".help") %> MitID</p>';
    const r = await check('app/views/sessions/new.html.erb', { 'app/views/sessions/new.html.erb': view });
    expect(r.where).toEqual([`${at(view, 'Login med MitID', 1)} ${NEAR}`]);
  });

  it('Handlebars: {{!-- --}} comments, {{#if}} blocks, {{t "key"}} helpers', async () => {
    const view = '{{!-- <button>Login med MitID</button> --}}\n{{#if showMitid}}\n<button class="mitid">Log på med MitID</button>\n{{/if}}\n<button class="mitid">{{t "login.mitid"}}</button>';
    const r = await check('views/login.hbs', { 'views/login.hbs': view }, { strict: true });
    expect(r.where).toEqual([`${at(view, 'Log på med MitID')} ${NEAR}`, `${at(view, '{{t "login.mitid"}}')} ${NEAR}`]);
  });

  it('JSP: <fmt:message> through messages_*.properties, scriptlets and EL are holes', async () => {
    const view = '<%@ taglib prefix="fmt" uri="http://java.sun.com/jsp/jstl/fmt" %>\n<%-- <button>Login med MitID</button> --%>\n<a class="btn mitid" href="${loginUrl}"><fmt:message key="login.mitid"/></a>';
    const props = { 'src/main/resources/messages_da.properties': 'login.mitid=Log ind med MitID\n', 'src/main/resources/messages_en.properties': 'login.mitid = Login with MitID\n' };
    const r = await check('src/main/webapp/WEB-INF/login.jsp', { 'src/main/webapp/WEB-INF/login.jsp': view, ...props });
    expect(r.where).toEqual([`${at(view, '<fmt:message')} ${NEAR}`]);
    expect(r.messages[0]).toContain('(en) reads "Login with MitID"');
  });

  it('Velocity: #if/#end blank, #springMessage() through .properties, ## comments', async () => {
    const view = '## <button>Login med MitID</button>\n#if($mitid)\n<button class="mitid">#springMessage("login.mitid")</button>\n#end';
    const r = await check('templates/login.vm', { 'templates/login.vm': view, 'src/main/resources/messages.properties': 'login.mitid=Log ind med MitID' });
    expect(r.where).toEqual([]);
    const bad = await check('templates/login.vm', { 'templates/login.vm': view, 'src/main/resources/messages.properties': 'login.mitid=Login med MitID' });
    expect(bad.where).toEqual([`${at(view, '#springMessage')} ${NEAR}`]);
  });
});

describe('EJS', () => {
  it('reads EJS as ERB: <%- prints, <%_ _%> and <%# %> are code and comments', async () => {
    const view = "<%- include('partials/header') %>\n<% if (user) { %>\n  <p>Velkommen <%= user.name %></p>\n<% } else { %>\n  <button class=\"mitid\" onclick=\"login()\">Login med MitID</button>\n  <a class=\"btn-mitid\" href=\"/auth/mitid/login\"><%- t('login') %></a>\n<%_ } _%>\n<%# <button>Sign in with MitID</button> %>\n";
    const r = await check('views/index.ejs', { 'views/index.ejs': view });
    expect(r.where).toEqual([`${at(view, 'Login med MitID')} ${NEAR}`]);
  });
});

describe('Thymeleaf', () => {
  it('th:text replaces the prototype text: the message is checked, not the placeholder', async () => {
    const view = '<html xmlns:th="http://www.thymeleaf.org">\n<body>\n<a class="btn mitid" th:href="@{/oauth2/authorization/mitid}" th:text="#{login.mitid}">Log ind med MitID</a>\n<button class="mitid" type="submit" th:text="#{login.mitid}"></button>\n</body>\n</html>';
    const r = await check('src/main/resources/templates/login.html', { 'src/main/resources/templates/login.html': view, 'src/main/resources/messages_da.properties': 'login.mitid=Login med MitID' });
    expect(r.where).toEqual([`${at(view, '#{login.mitid}')} ${NEAR}`, `${at(view, '#{login.mitid}', 1)} ${NEAR}`]);
  });

  it("th:style holds an expression, not CSS: the page's <style> block is read, the expression is no parse error", async () => {
    const view = '<html xmlns:th="http://www.thymeleaf.org">\n<body>\n<p>MitID</p>\n<em th:style="${hidden} ? \'display: none;\' : \'\'"></em>\n<style>.btn-mitid { background: #333; }</style>\n<button class="btn-mitid">Log ind med MitID</button>\n</body>\n</html>';
    const r = await check('src/main/resources/templates/admin/edit.html', { 'src/main/resources/templates/admin/edit.html': view });
    expect(r.where).toEqual([`${at(view, '#333')} mitid/button-style`]);
  });
});

describe('no false positives on pages that talk about MitID', () => {
  const pages: Record<string, string> = {
    'help.php': '<h1>Hvad er MitID?</h1>\n<p>Du kan logge ind med MitID på <?= $site ?>. <a href="https://www.mitid.dk/">Læs mere om MitID</a></p>\n<?php // <button>Login med MitID</button> ?>',
    'faq.blade.php': '<h2>{{ __("Problemer med MitID?") }}</h2>\n<p>Kontakt os, hvis du ikke kan logge ind med MitID.</p>\n<a href="https://www.mitid.dk/hjaelp/">Få hjælp med MitID</a>',
    'Views/Help.cshtml': '<h2>Om MitID</h2>\n<p>@Model.Intro Log ind med MitID-appen på din telefon.</p>\n<a href="https://www.mitid.dk/">Hvad er MitID?</a>',
    'templates/help.html': '{% extends "base.html" %}\n{% block content %}<h1>MitID</h1><p>{% trans "You can log in with MitID or a password." %}</p>{% endblock %}',
    'settings.erb': '<h3>MitID</h3>\n<p>Your account is linked to MitID since <%= @user.linked_at %>.</p>\n<a href="/settings/mitid/remove">Remove MitID</a>',
  };
  for (const [file, text] of Object.entries(pages)) {
    it(file, async () => {
      const r = await check(file, { [file]: text }, { strict: true });
      expect(r.where).toEqual([]);
      expect(r.notChecked).toEqual([]);
    });
  }
});

describe('<style> blocks of a template (stylelint through postcss-html)', () => {
  it('a restyled MitID button class in a Blade view is found at its declaration', async () => {
    const view = '@section(\'head\')\n<style>\n  .btn-mitid { background-color: #ff0000; }\n</style>\n@endsection\n<button class="btn-mitid">{{ __(\'auth.mitid\') }}</button>';
    const r = await check('resources/views/login.blade.php', { 'resources/views/login.blade.php': view });
    const style = r.findings.filter((f) => f.tool === 'stylelint');
    expect(style.map((f) => `${f.line}:${f.column} ${f.ruleId}`)).toEqual([`${at(view, '#ff0000')} mitid/button-style`]);
  });
});
