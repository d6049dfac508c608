import { checkButtonDeclaration } from '../../src/core/index.js';
import { at, FRAMEWORKS, testers, valid } from './cases.js';
import { rules } from './helpers.js';

const rule = rules['button-style'] as never;
const TEXT = 'Log ind med MitID';
const styled = (css: string) => `<button style="${css}">${TEXT}</button>`;
const classed = (cls: string) => `<button class="${cls}">${TEXT}</button>`;
// The expected value in each message is the core's.
const expected = (property: string, actual: string, state?: 'hover') => checkButtonDeclaration(property, actual, { state })?.expected ?? 'n/a';
const off = (property: string, actual: string) => ({ messageId: 'offBrand', data: { property, actual, expected: expected(property, actual) } });
const offClass = (className: string, property: string, actual: string) => ({
  messageId: 'offBrandClass',
  data: { className, property, actual, expected: expected(property, actual, className.startsWith('hover:') ? 'hover' : undefined) },
});

for (const fw of FRAMEWORKS) {
  testers[fw].run(`button-style (${fw})`, rule, {
    valid: [
      valid(fw, styled('background-color: #0060e6; color: #fff; height: 48px; border-radius: 4px')),
      valid(fw, styled("font-family: 'IBM Plex Sans', Helvetica, Arial, sans-serif; padding: .25rem .75rem .25rem 1rem")),
      valid(fw, styled('border-radius: 9999px; width: 100%')),
      valid(fw, classed('h-12 bg-[#0060e6] text-white rounded-full hover:bg-[#0050c0] w-full')),
      valid(fw, classed('pl-4 pr-3 py-1 font-semibold')),
      valid(fw, '<button style="background-color: red; height: 30px">Save</button>'),
      valid(fw, '<button class="h-8 bg-[#ff0000] uppercase">Cancel</button>'),
    ],
    invalid: [
      at(fw, styled('background-color: #0061e6'), { errors: [off('background-color', '#0061e6')] }),
      at(fw, styled('background: red'), { errors: [off('background', 'red')] }),
      at(fw, styled('color: #000'), { errors: [off('color', '#000')] }),
      at(fw, styled('font-family: Roboto, sans-serif'), { errors: [off('font-family', 'Roboto, sans-serif')] }),
      at(fw, styled('height: 40px'), { errors: [off('height', '40px')] }),
      at(fw, styled('border-radius: 50%'), { errors: [off('border-radius', '50%')] }),
      at(fw, styled('padding: 8px 16px'), { errors: [off('padding', '8px 16px')] }),
      at(fw, styled('text-transform: uppercase'), { errors: [off('text-transform', 'uppercase')] }),
      at(fw, classed('h-11'), { errors: [offClass('h-11', 'height', '2.75rem')] }),
      at(fw, classed('btn bg-[#0055ff]'), { errors: [offClass('bg-[#0055ff]', 'background-color', '#0055ff')] }),
      at(fw, classed('uppercase tracking-wide'), { errors: [offClass('uppercase', 'text-transform', 'uppercase')] }),
      at(fw, classed('px-4'), { errors: [offClass('px-4', 'padding-inline', '1rem')] }),
      at(fw, classed('hover:bg-[#ff0000]'), { errors: [offClass('hover:bg-[#ff0000]', 'background-color', '#ff0000')] }),
      at(fw, classed('rounded-[50%] text-[#333333]'), { errors: [offClass('rounded-[50%]', 'border-radius', '50%'), offClass('text-[#333333]', 'color', '#333333')] }),
      at(fw, '<a href="/login" class="mitid-login" style="height: 36px">Log ind</a>', { errors: [off('height', '36px')] }),
    ],
  });
}

testers.jsx.run('button-style (jsx: class helpers, numbers, exact places)', rule, {
  valid: [valid('jsx', "<Button className={cn('h-12', busy && 'opacity-50')}>Log ind med MitID</Button>")],
  invalid: [
    at('jsx', "<Button className={cn('h-10', busy && 'bg-[#ff0000]')}>Log ind med MitID</Button>", { errors: [offClass('h-10', 'height', '2.5rem'), offClass('bg-[#ff0000]', 'background-color', '#ff0000')] }),
    at('jsx', '<button style={{ height: 44 }}>Log ind med MitID</button>', { errors: [{ ...off('height', '44px'), line: 2, column: 20, endColumn: 30 }] }),
    at('jsx', '<button className="w-full h-10">Log ind med MitID</button>', { errors: [{ ...offClass('h-10', 'height', '2.5rem'), line: 2, column: 29, endColumn: 33 }] }),
  ],
});

testers.lit.run('button-style (lit: styleMap and exact places)', rule, {
  valid: [],
  invalid: [
    at('lit', '<button style=${styleMap({ backgroundColor: \'#0061e6\' })}>Log ind med MitID</button>', { errors: [off('background-color', '#0061e6')] }),
    at('lit', '<button class="${x} h-10">Log ind med MitID</button>', { errors: [{ ...offClass('h-10', 'height', '2.5rem'), line: 2, column: 43, endColumn: 47 }] }),
  ],
});

testers.vue.run('button-style (vue: bound styles)', rule, {
  valid: [],
  invalid: [at('vue', "<button :style=\"{ height: '40px' }\">Log ind med MitID</button>", { errors: [off('height', '40px')] })],
});
