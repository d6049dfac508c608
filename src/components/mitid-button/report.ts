/** Console reports, once per message per page, so a bad value in a list of 1,000 buttons is one line. */
const reported = new Set<string>();

export function warnOnce(message: string): void {
  if (reported.has(message)) return;
  reported.add(message);
  console.warn(`<mitid-button>: ${message}`);
}

export function errorOnce(message: string): void {
  if (reported.has(message)) return;
  reported.add(message);
  console.error(`<mitid-button>: ${message}`);
}
