/**
 * What one template expression shows: a message key of the stack's catalog, a literal string, or
 * something the linter cannot know. Expressions are short single calls (`__('auth.mitid')`,
 * `_("Log ind")`, `'login'|trans`, `Localizer["Login"]`, `#{login.mitid}`), read by their shape.
 */
import type { Hole } from './masked.js';

/** Functions and filters whose first argument is a message key, across the template stacks. */
const KEY_CALLS = new Set([
  '__', 'trans', 'trans_choice', '@lang', 'lang', '_', 'gettext', 'ugettext', 'pgettext', '_e', 'esc_html__', 'esc_html_e', 'esc_attr__', 'esc_attr_e',
  't', 'I18n.t', 'translate', '$t', 'i18n', 'Localizer', 'SharedLocalizer', 'L', 'T', 'ViewLocalizer', 'Html.Translate', '#springMessage', '#springMessageText',
  '$msg.get', '$text.get', '$resource.getString', 'messages.getMessage', 'fmt:message', 'spring:message',
]);
const KEY_FILTERS = new Set(['trans', 't', 'translate', 'i18n']);

const STRING = String.raw`(?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)")`;
// name('key' ...) | name["key"] | name 'key' (Handlebars helpers, Velocity macros)
const CALL = new RegExp(String.raw`^([@#$]?[A-Za-z_][\w.:]*)\s*(?:\(\s*|\[\s*|\s+)${STRING}`);
const FILTER = new RegExp(String.raw`^${STRING}\s*\|\s*([A-Za-z_]\w*)`);
const LITERAL = new RegExp(String.raw`^${STRING}$`);

const unescape = (s: string): string => s.replace(/\\(.)/g, '$1');
/** A key that reads as a sentence is its own fallback (gettext msgids, Laravel JSON keys). */
export const keyHole = (key: string): Hole => (/\s/.test(key.trim()) ? { kind: 'key', key, fallback: key } : { kind: 'key', key });

export function expressionHole(code: string): Hole {
  const text = code.trim().replace(/^[=\-~!]+\s*/, '').replace(/\s*[-~]$/, '').trim();
  let m = CALL.exec(text);
  if (m && KEY_CALLS.has(m[1] as string)) return keyHole(unescape(m[2] ?? m[3] ?? ''));
  if ((m = FILTER.exec(text)) && KEY_FILTERS.has(m[3] as string)) return keyHole(unescape(m[1] ?? m[2] ?? ''));
  // Thymeleaf message expressions and Razor resource properties: #{login.mitid}, Resources.Login_MitID.
  if ((m = /^#\{\s*([\w.-]+)\s*(?:\(.*\))?\}$/.exec(text))) return { kind: 'key', key: m[1] as string };
  if ((m = /^@?(?:Resources|Strings|Resource|AppResources)\.([A-Za-z_]\w*)$/.exec(text))) return { kind: 'key', key: m[1] as string };
  if ((m = LITERAL.exec(text))) return { kind: 'literal', text: unescape(m[1] ?? m[2] ?? '') };
  return { kind: 'unknown' };
}
