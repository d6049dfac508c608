/**
 * Server templates as HTML: template syntax is masked (same length, line breaks kept) so the kit's
 * HTML rules read the markup at its exact place. Output expressions become holes (a message key, a
 * literal, or unknown); control flow, comments and code become blanks. PHP, ERB and JSP scriptlets
 * are read with their tree-sitter grammars; the delimiter languages (Blade, Twig/Jinja/Django/
 * Nunjucks, Handlebars, Razor, Velocity, Thymeleaf) with the small lexers below, which skip quoted
 * strings and nested brackets inside a tag the way those engines do.
 */
import { Parser as HtmlParser } from 'htmlparser2';
import { linksToMitIDLogin } from 'mitid-ux-kit/core';
import { expressionHole, keyHole } from './expressions.js';
import { Composer, type Hole, type Masked } from './masked.js';
import { descendants, withTree, type SyntaxNode } from './tree-sitter.js';

export type TemplateLanguage = 'php' | 'blade' | 'razor' | 'jinja' | 'handlebars' | 'erb' | 'ejs' | 'jsp' | 'velocity' | 'thymeleaf';

/** A piece of template code: [start, end) in the host, and what it stands for (undefined: blank). */
interface Piece {
  start: number;
  end: number;
  hole?: Hole;
  /** Markup shown in place of the piece (Thymeleaf th:text replaces an element's content). */
  at?: number;
}

/** The end of a tag that closes with `close`, skipping quoted strings; -1 when it never closes. */
function closeOf(text: string, from: number, close: string): number {
  let quote = '';
  for (let i = from; i < text.length; i++) {
    const c = text[i] as string;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (text.startsWith(close, i)) return i + close.length;
  }
  return -1;
}

/** Past the end of `close` after `from`; an unclosed comment runs to the end of the file, as in the engines. */
function endOf(text: string, close: string, from: number): number {
  const at = text.indexOf(close, from);
  return at < 0 ? text.length : at + close.length;
}

/** The end of a bracketed group starting at `from` (which holds `open`), strings skipped. */
function groupEnd(text: string, from: number, open: string, close: string): number {
  let depth = 0;
  let quote = '';
  for (let i = from; i < text.length; i++) {
    const c = text[i] as string;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === open) depth++;
    else if (c === close && --depth === 0) return i + 1;
  }
  return -1;
}

function compose(text: string, pieces: Piece[]): Masked {
  const out = new Composer();
  let at = 0;
  for (const p of pieces.sort((a, b) => a.start - b.start)) {
    if (p.start < at) continue; // overlapping pieces: the first wins
    if (p.start > at) out.copy(text.slice(at, p.start), at);
    const code = text.slice(p.start, p.end);
    // A route that names the MitID login (`href="{% url 'mitid_auth:login' %}"`) stays readable, its
    // quotes blanked (same length): the link's target says it starts MitID, whatever its text.
    if (out.inAttributeValue() && linksToMitIDLogin(code)) out.copy(code.replace(/["'`]/g, ' '), p.start);
    else if (p.hole) out.hole(p.hole, p.at ?? p.start, p.at !== undefined ? p.at : p.end, p.at !== undefined ? '' : code);
    // A tag inside an attribute value prints something there (`href="{% url 'login' %}"`): a hole, not nothing.
    else if (out.inAttributeValue()) out.hole({ kind: 'unknown' }, p.start, p.end, code);
    else out.blank(code, p.start);
    at = p.end;
  }
  if (at < text.length) out.copy(text.slice(at), at);
  return out.done();
}

/** `{{ }}` `{% %}` `{# #}` (Jinja, Django, Twig, Nunjucks), with Django/Jinja's translation tags. */
function jinja(text: string): Piece[] {
  const pieces: Piece[] = [];
  const re = /\{([{%#])/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const kind = m[1];
    const end = kind === '#' ? endOf(text, '#}', m.index + 2) : closeOf(text, m.index + 2, kind === '{' ? '}}' : '%}');
    if (end <= m.index) break;
    const inner = text.slice(m.index + 2, end - 2).replace(/^[-+~]|[-+~]$/g, '').trim();
    let piece: Piece = { start: m.index, end };
    if (kind === '{') piece.hole = expressionHole(inner);
    else if (kind === '%') {
      const tag = /^(\w+)\s*([\s\S]*)$/.exec(inner);
      const name = tag?.[1] ?? '';
      const arg = /^(?:_\()?\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)')/.exec(tag?.[2] ?? '');
      if ((name === 'trans' || name === 'translate') && arg) piece.hole = keyHole(arg[1] ?? arg[2] ?? '');
      else if (name === 'trans' || name === 'blocktrans' || name === 'blocktranslate') {
        // {% trans %}Log ind med MitID{% endtrans %}: the whole block is one message.
        const closeTag = new RegExp(String.raw`\{%-?\s*end${name}\s*-?%\}`, 'g');
        closeTag.lastIndex = end;
        const close = closeTag.exec(text);
        if (close) {
          const body = text.slice(end, close.index);
          piece = { start: m.index, end: close.index + close[0].length, hole: /\{[{%]/.test(body) ? { kind: 'unknown' } : keyHole(body.trim().replace(/\s+/g, ' ')) };
        }
      }
    }
    pieces.push(piece);
    re.lastIndex = piece.end;
  }
  return pieces;
}

/** Handlebars/Mustache: comments, blocks and partials are blanks; `{{x}}`/`{{{x}}}` are output. */
function handlebars(text: string): Piece[] {
  const pieces: Piece[] = [];
  const re = /\{\{(\{)?(!--|!|[#/^>&]|else\b)?/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const close = m[2] === '!--' ? '--}}' : m[1] ? '}}}' : '}}';
    const end = m[2]?.startsWith('!') ? endOf(text, close, m.index + 2) : closeOf(text, m.index + m[0].length, close);
    if (end < m.index + m[0].length) break;
    const inner = text.slice(m.index + m[0].length, end - close.length).replace(/^~|~$/g, '');
    pieces.push(m[2] ? { start: m.index, end } : { start: m.index, end, hole: expressionHole(inner) });
    re.lastIndex = end;
  }
  return pieces;
}

/** Blade: `{{ }}`, `{!! !!}`, `{{-- --}}`, `@directive(...)`, `@php ... @endphp`; `@{{` stays text. */
function blade(text: string): Piece[] {
  const pieces: Piece[] = [];
  const re = /(@?)\{\{--|(@?)\{\{|\{!!|(?<![\w.@])@(\w+)|<\?(?:php|=)?/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const token = m[0];
    let end: number;
    let hole: Hole | undefined;
    if (token.startsWith('@{{')) {
      re.lastIndex = m.index + 3; // escaped: Blade prints "{{" as it is
      continue;
    } else if (token === '{{--') end = endOf(text, '--}}', m.index + 4);
    else if (token === '{{' || token === '{!!') {
      const close = token === '{{' ? '}}' : '!!}';
      end = closeOf(text, m.index + token.length, close);
      if (end > 0) hole = expressionHole(text.slice(m.index + token.length, end - close.length));
    } else if (token.startsWith('<?')) {
      end = text.indexOf('?>', m.index);
      end = end < 0 ? text.length : end + 2;
      if (token === '<?=') hole = expressionHole(text.slice(m.index + 3, end - 2).replace(/;\s*$/, ''));
    } else {
      const name = m[3] as string;
      if (name === 'php' && text[m.index + 4] !== '(') {
        const close = text.indexOf('@endphp', m.index);
        end = close < 0 ? text.length : close + 7;
      } else if (name === 'verbatim') {
        const close = text.indexOf('@endverbatim', m.index);
        pieces.push({ start: m.index, end: m.index + token.length });
        if (close > 0) pieces.push({ start: close, end: close + 12 });
        re.lastIndex = close < 0 ? text.length : close + 12;
        continue;
      } else {
        end = m.index + token.length;
        let args = end;
        while (text[args] === ' ') args++;
        if (text[args] === '(') end = groupEnd(text, args, '(', ')');
        if (end > 0 && (name === 'lang' || name === 'choice')) hole = expressionHole(`@lang${text.slice(args, end)}`);
      }
    }
    if (end <= m.index) break;
    pieces.push({ start: m.index, end, ...(hole ? { hole } : {}) });
    re.lastIndex = end;
  }
  return pieces;
}

const RAZOR_LINE = new Set(['model', 'using', 'inject', 'page', 'layout', 'namespace', 'addTagHelper', 'removeTagHelper', 'inherits', 'implements', 'attribute', 'rendermode', 'preservewhitespace', 'typeparam', 'tagHelperPrefix']);
const RAZOR_BLOCK = new Set(['if', 'foreach', 'for', 'while', 'switch', 'using', 'lock', 'try', 'do', 'section', 'code', 'functions']);
const RAZOR_CODE_ONLY = new Set(['code', 'functions']);

/** Razor (.cshtml, .razor): `@expr`, `@(expr)`, `@{ }`, `@if (...) { markup }`, `@* *@`, `@@`. */
function razor(text: string): Piece[] {
  const pieces: Piece[] = [];
  let open = 0; // markup blocks of `@if (...) {` still open
  const re = /@@|@\*|(?<![\w.])@(\(|\{|[A-Za-z_]\w*)|\}/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0] === '@@') continue;
    let end: number;
    let hole: Hole | undefined;
    if (m[0] === '}') {
      if (!open) continue;
      open--;
      // `} else if (...) {` / `} catch (...) {` continues the block.
      const more = /^\}\s*(else\s+if\s*\(|else\b|catch\s*\(|finally\b)/.exec(text.slice(m.index, m.index + 40));
      end = m.index + 1;
      if (more) {
        let at = m.index + more[0].length;
        if (more[1]?.endsWith('(')) at = groupEnd(text, at - 1, '(', ')');
        const brace = at > 0 ? text.indexOf('{', at) : -1;
        if (brace > 0) {
          end = brace + 1;
          open++;
        }
      }
    } else if (m[0] === '@*') end = endOf(text, '*@', m.index + 2);
    else if (m[1] === '(') {
      end = groupEnd(text, m.index + 1, '(', ')');
      if (end > 0) hole = expressionHole(text.slice(m.index + 2, end - 1));
    } else if (m[1] === '{') end = groupEnd(text, m.index + 1, '{', '}');
    else {
      const word = m[1] as string;
      if (RAZOR_LINE.has(word)) {
        end = text.indexOf('\n', m.index);
        if (end < 0) end = text.length;
      } else if (RAZOR_BLOCK.has(word)) {
        let at = m.index + 1 + word.length;
        while (/\s/.test(text[at] ?? '')) at++;
        if (text[at] === '(') at = groupEnd(text, at, '(', ')');
        const brace = at > 0 ? text.indexOf('{', at) : -1;
        if (brace < 0) break;
        if (RAZOR_CODE_ONLY.has(word)) end = groupEnd(text, brace, '{', '}');
        else {
          end = brace + 1;
          open++;
        }
      } else {
        // An implicit expression: @Model.Title, @Localizer["Login"], @T("x"), @Html.Raw(x).
        end = m.index + 1;
        for (let more = true; more; ) {
          const id = /^[A-Za-z_]\w*/.exec(text.slice(end, end + 200));
          if (!id) break;
          end += id[0].length;
          while (text[end] === '(' || text[end] === '[') end = groupEnd(text, end, text[end] as string, text[end] === '(' ? ')' : ']');
          more = end > 0 && text[end] === '.' && /[A-Za-z_]/.test(text[end + 1] ?? '');
          if (more) end++;
        }
        if (end > 0) hole = expressionHole(text.slice(m.index + 1, end));
      }
    }
    if (end <= m.index) break;
    pieces.push({ start: m.index, end, ...(hole ? { hole } : {}) });
    re.lastIndex = end;
  }
  return pieces;
}

/** Velocity: `$x`, `${x}`, `$!x`, `#if(...)` ... `#end`, `##`, `#* *#`, `#springMessage("k")`. */
function velocity(text: string): Piece[] {
  const pieces: Piece[] = [];
  const re = /##|#\*|#\[\[|#\{?([A-Za-z]\w*)\}?|\$!?\{?([A-Za-z_]\w*)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let end: number;
    let hole: Hole | undefined;
    if (m[0] === '##') end = (text.indexOf('\n', m.index) + 1 || text.length + 1) - 1;
    else if (m[0] === '#*') end = endOf(text, '*#', m.index + 2);
    else if (m[0] === '#[[') {
      const close = text.indexOf(']]#', m.index);
      pieces.push({ start: m.index, end: m.index + 3 });
      if (close > 0) pieces.push({ start: close, end: close + 3 });
      re.lastIndex = close < 0 ? text.length : close + 3;
      continue;
    } else if (m[1]) {
      end = m.index + m[0].length;
      if (text[end] === '(') end = groupEnd(text, end, '(', ')');
      if (end > 0 && m[1].startsWith('springMessage')) hole = expressionHole(`#${m[1]}${text.slice(m.index + m[0].length, end)}`);
    } else {
      end = m.index + m[0].length;
      const braced = m[0].endsWith('{') || m[0].includes('{');
      for (;;) {
        while (text[end] === '(' || text[end] === '[') end = groupEnd(text, end, text[end] as string, text[end] === '(' ? ')' : ']');
        if (end < 0 || text[end] !== '.' || !/[A-Za-z_]/.test(text[end + 1] ?? '')) break;
        end += 1 + (/^[A-Za-z_]\w*/.exec(text.slice(end + 1, end + 200))?.[0].length ?? 0);
      }
      if (braced && end > 0 && text[end] === '}') end++;
      if (end > 0) hole = expressionHole(text.slice(m.index, end).replace(/^\$!?\{?|\}$/g, '$'));
    }
    if (end <= m.index) break;
    pieces.push({ start: m.index, end, ...(hole ? { hole } : {}) });
    re.lastIndex = end;
  }
  return pieces;
}

/**
 * Thymeleaf (natural templates: the .html opens in a browser as it is): `th:text`/`th:utext`
 * replace an element's content, so the content is read as the attribute's expression; `[[...]]`
 * and `[(...)]` are inline output.
 */
function thymeleaf(text: string): Piece[] {
  const pieces: Piece[] = [];
  type Open = { value?: { start: number; code: string }; start: number };
  const open: Open[] = [];
  let value: Open['value'];
  const parser: HtmlParser = new HtmlParser(
    {
      onattribute(name, raw) {
        const at = parser.startIndex + Math.max(0, text.slice(parser.startIndex, parser.endIndex + 1).lastIndexOf(raw));
        if (/^(?:th|data-th)[:-]u?text$/.test(name)) value = { start: at, code: raw };
        else {
          // th:href="@{/login/mitid}" renders href: read as href, its expression a hole (a plain @{url} is that url).
          const prefix = /^(?:th:|data-th-)(?=[a-z-]+$)/.exec(name)?.[0];
          if (!prefix || /^(?:th|data-th)[:-](?:if|unless|each|with|object|field|fragment|replace|insert|include|remove|block|switch|case|attr\w*|\w+append)$/.test(name)) return;
          pieces.push({ start: parser.startIndex, end: parser.startIndex + prefix.length });
          const url = /^@\{([^${}]*)\}$/.exec(raw.trim())?.[1];
          if (raw) pieces.push({ start: at, end: at + raw.length, hole: url !== undefined ? { kind: 'literal', text: url } : expressionHole(raw) });
        }
      },
      onopentag() {
        open.push({ start: parser.endIndex + 1, ...(value ? { value } : {}) });
        value = undefined;
      },
      onclosetag(_name, implied) {
        const el = open.pop();
        if (!el?.value || implied) return;
        const end = parser.startIndex;
        const hole = expressionHole(el.value.code);
        // The content is replaced: one hole there, reported at the attribute that says what shows.
        pieces.push({ start: el.start, end: Math.max(el.start, end), hole, at: el.value.start });
      },
    },
    { recognizeSelfClosing: true },
  );
  parser.end(text);
  const inline = /\[\[([\s\S]*?)\]\]|\[\(([\s\S]*?)\)\]/g;
  for (let m = inline.exec(text); m; m = inline.exec(text)) pieces.push({ start: m.index, end: m.index + m[0].length, hole: expressionHole(m[1] ?? m[2] ?? '') });
  return pieces;
}

const ECHOING = new Set(['_e', 'esc_html_e', 'esc_attr_e', '_ex', 'printf']);

/** A PHP expression node: a translation call, a string, or unknown. */
function phpHole(node: SyntaxNode | null | undefined): Hole {
  if (!node) return { kind: 'unknown' };
  if (node.type === 'parenthesized_expression') return phpHole(node.namedChildren[0]);
  if ((node.type === 'string' || node.type === 'encapsed_string') && !node.namedChildren.some((c) => c?.type !== 'string_content' && c?.type !== 'string_value')) {
    const value = node.text.slice(1, -1);
    return value.includes('<') ? { kind: 'unknown' } : { kind: 'literal', text: value };
  }
  if (node.type === 'function_call_expression' || node.type === 'member_call_expression' || node.type === 'scoped_call_expression') return expressionHole(node.text);
  return { kind: 'unknown' };
}

/** PHP with inline HTML: the grammar's `text` nodes are the markup; each code gap is output or not. */
function php(text: string): Promise<Piece[]> {
  return withTree('php', text, (root) => {
    const pieces: Piece[] = [];
    const gaps: { start: number; end: number; echo?: SyntaxNode }[] = [];
    let at = 0;
    let echo: SyntaxNode | undefined;
    let echoes = 0;
    let shortEcho = false;
    for (const n of descendants(root)) {
      if (n.type === 'text' && n.parent?.type !== 'heredoc_body') {
        if (n.startIndex > at) gaps.push({ start: at, end: n.startIndex, ...(echoes === 1 && echo ? { echo } : echoes ? { echo: root } : {}) });
        at = n.endIndex;
        echo = undefined;
        echoes = 0;
      } else if (n.type === 'echo_statement' || n.type === 'print_intrinsic' || (n.type === 'php_tag' && n.text === '<?=')) {
        echoes++;
        echo = n.type === 'php_tag' ? undefined : n;
        shortEcho = n.type === 'php_tag';
      } else if (n.type === 'function_call_expression' && n.parent?.type === 'expression_statement' && ECHOING.has(n.childForFieldName('function')?.text ?? '')) {
        // WordPress's _e() and esc_html_e() print their message.
        echoes++;
        echo = n;
      } else if (shortEcho && n.type === 'expression_statement') {
        // `<?= expr ?>`: the tag may close a text node, its expression follows in the tree.
        echo = n;
        shortEcho = false;
      }
    }
    if (at < text.length) gaps.push({ start: at, end: text.length, ...(echoes ? { echo: root } : {}) });
    for (const g of gaps) {
      // `<?= $x ?>`: the expression statement after the tag; `echo a, b`: unknown unless one value.
      const expr = g.echo === root ? undefined : g.echo?.type === 'function_call_expression' ? g.echo : g.echo?.namedChildren[0];
      pieces.push(g.echo ? { start: g.start, end: g.end, hole: phpHole(expr) } : { start: g.start, end: g.end });
    }
    return pieces;
  });
}

/** ERB and JSP scriptlets (`<%= %>` output, `<% %>` code, `<%# %>`/`<%-- --%>` comments), plus JSP's `${}` and message tags. */
function embedded(text: string, jsp: boolean): Promise<Piece[]> {
  return withTree('embedded_template', text, (root) => {
    const pieces: Piece[] = [];
    for (const n of root.namedChildren) {
      if (!n || n.type === 'content') continue;
      const code = n.namedChildren.find((c) => c?.type === 'code');
      pieces.push(n.type === 'output_directive' && !jsp ? { start: n.startIndex, end: n.endIndex, hole: expressionHole(code?.text ?? '') } : n.type === 'output_directive' ? { start: n.startIndex, end: n.endIndex, hole: { kind: 'unknown' } } : { start: n.startIndex, end: n.endIndex });
    }
    if (jsp) {
      const el = /[$#]\{/g;
      for (let m = el.exec(text); m; m = el.exec(text)) {
        const end = groupEnd(text, m.index + 1, '{', '}');
        if (end < 0) break;
        pieces.push({ start: m.index, end, hole: { kind: 'unknown' } });
        el.lastIndex = end;
      }
      // <fmt:message key="login.mitid"/> and <spring:message code="login.mitid"/> print a message.
      const tags = /<(fmt:message|spring:message)\b[^>]*?\b(?:key|code)\s*=\s*(["'])([^"']+)\2[^>]*?(?:\/>|>[\s\S]*?<\/\1\s*>)/g;
      for (let m = tags.exec(text); m; m = tags.exec(text)) pieces.push({ start: m.index, end: m.index + m[0].length, hole: { kind: 'key', key: m[3] as string } });
    }
    return pieces;
  });
}

/**
 * EJS is ERB's syntax with two more tags: `<%- x %>` prints unescaped (an output, like `<%=`) and
 * `<%_ … _%>` trims white space (code). Rewritten to ERB's, same length, for the embedded-template grammar.
 */
function ejsAsErb(text: string): string {
  return text.replace(/<%-/g, '<%=').replace(/<%_/g, '<% ').replace(/_%>/g, ' %>');
}

export async function maskTemplate(text: string, language: TemplateLanguage): Promise<Masked> {
  const pieces =
    language === 'php' ? await php(text)
    : language === 'erb' || language === 'jsp' ? await embedded(text, language === 'jsp')
    : language === 'ejs' ? await embedded(ejsAsErb(text), false)
    : language === 'blade' ? blade(text)
    : language === 'razor' ? razor(text)
    : language === 'jinja' ? jinja(text)
    : language === 'handlebars' ? handlebars(text)
    : language === 'velocity' ? velocity(text)
    : thymeleaf(text);
  return compose(text, pieces);
}
