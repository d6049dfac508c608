// Spec review, server side: whatever attributes a server template passes, the declarative shadow
// root holds exactly the phrase of the action and language in effect, and never a refused URL.
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import fc from 'fast-check';
import { html } from 'lit';
import { describe, expect, it, vi } from 'vitest';
import { ACTIONS, approvedPhrase, isAction, langFromTag } from '../../src/core/index.js';
import '../../src/define.js';

const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

describe('<mitid-button> server rendering, spec review', () => {
  it('random action/lang/href/state/children: the shadow text is the phrase in effect', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await fc.assert(
      fc.asyncProperty(
        maybe(fc.oneof(fc.constantFrom(...ACTIONS), fc.string({ maxLength: 6 }))),
        maybe(fc.constantFrom('da', 'en', 'EN-gb', 'kl', '', 'de')),
        maybe(fc.constantFrom('https://x.idura.broker/a', 'JavaScript:alert(1)', ' data:text/html,x', 'vbscript:x')),
        fc.boolean(),
        fc.boolean(),
        maybe(fc.constantFrom('Sender dig til MitID…', 'Redirecting...')),
        async (action, lang, href, disabled, loading, child) => {
          const out = await collectResult(
            render(html`<mitid-button action=${action ?? 'login'} lang=${lang ?? ''} href=${href ?? ''} ?disabled=${disabled} ?loading=${loading}>${child ?? ''}</mitid-button>`),
          );
          const shadow = out.slice(out.indexOf('<template'), out.indexOf('</template>'));
          const text = shadow.replace(/<!--[\s\S]*?-->/g, '').replace(/<style[\s\S]*?<\/style>/g, '').replace(/<[^>]*>/g, '').replace(/\s+/g, ' ').trim();
          expect(text).toBe(approvedPhrase(isAction(action) ? action : 'login', langFromTag(lang) ?? 'da'));
          expect(shadow).not.toMatch(/href="\s*(javascript|data|vbscript):/i);
        },
      ),
      { numRuns: 80 },
    );
    vi.restoreAllMocks();
  });
});
