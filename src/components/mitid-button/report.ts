/**
 * Console reports, once per message per page, so a bad value in a list of 1,000 buttons is one
 * line. Bounded: values are cut short and at most LIMIT distinct messages are kept, so a page
 * that sets a million distinct bad values does not grow memory (the last line says so).
 */
const LIMIT = 100;
const MAX_VALUE = 80;
const reported = new Set<string>();

/** Any value as short text, never throwing (a Symbol, a null-prototype object, a hostile Proxy). */
export function show(value: unknown): string {
  let text: string;
  try {
    text = String(value); // a Symbol too; a template literal would throw
  } catch {
    text = typeof value;
  }
  return text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE)}…` : text;
}

function report(kind: 'warn' | 'error', message: string): void {
  if (reported.has(message) || reported.size > LIMIT) return;
  reported.add(message);
  console[kind](`<mitid-button>: ${reported.size > LIMIT ? `more than ${LIMIT} distinct problems; no more are reported.` : message}`);
}

export const warnOnce = (message: string): void => report('warn', message);
export const errorOnce = (message: string): void => report('error', message);
