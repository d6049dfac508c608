/** Flutter `.arb` catalogs (`app_da.arb`): JSON messages, `@key` metadata and `@@locale` skipped. */
export function arb(text: string, out: Map<string, string>): string | undefined {
  const data = JSON.parse(text) as Record<string, unknown>;
  for (const [k, v] of Object.entries(data)) if (!k.startsWith('@') && typeof v === 'string') out.set(k, v);
  return typeof data['@@locale'] === 'string' ? data['@@locale'] : undefined;
}
