/**
 * The hot path's first and cheapest question: could anything in this file be about MitID?
 * A file that never names MitID, a broker host, a component mapped to <mitid-button>, and whose
 * catalogs name no MitID, cannot hold a MitID call to action the linter could recognise, so
 * every rule returns no listeners for it (asked once per file, before any other work).
 */
import type { Context } from './adapters/types.js';
import { loadCatalogs } from './catalogs.js';
import { readSettings } from './settings.js';

// Up to a few separators, invisible characters or entities (`Mit&shy;ID`) between the halves.
const MENTION = /mit(?:[\W_]|&#?\w+;){0,8}id|idura|criipto|netseidbroker/i;
const answers = new WeakMap<object, boolean>();

export function fileMayMentionMitID(context: Context): boolean {
  const sourceCode = context.sourceCode;
  let answer = answers.get(sourceCode);
  if (answer === undefined) {
    const text = sourceCode.text;
    // A component file named for MitID (`MitIDButton.vue`) renders its CTA from props and slots.
    answer = MENTION.test(text) || MENTION.test(context.filename.slice(context.filename.search(/[^/\\]*$/)));
    // An Angular template whose component class holds the text or the handler (`templateUrl`): the class counts as the template's.
    if (!answer && /\.html?$/i.test(context.filename) && /\{\{|\]=|\)=/.test(text)) answer = MENTION.test((sourceCode.parserServices as { mitidHtml?: { componentText?: () => string | undefined } } | undefined)?.mitidHtml?.componentText?.() ?? '');
    if (!answer) {
      const settings = readSettings(context);
      answer =
        Object.entries(settings.components).some(([name, tag]) => tag === 'mitid-button' && text.includes(name)) ||
        (Object.keys(settings.catalogs).length > 0 && !!loadCatalogs(settings.catalogs, context.cwd)?.mentionsMitID);
    }
    answers.set(sourceCode, answer);
  }
  return answer;
}
