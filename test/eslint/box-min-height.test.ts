import { at, FRAMEWORKS, testers, valid } from './cases.js';
import { rules } from './helpers.js';

const rule = rules['box-min-height'] as never;
const tooShort = (property: string, value: string, px: number) => ({ messageId: 'tooShort', data: { property, value, px: String(px), min: '588' } });
const viewport = (property: string, value: string, below: number) => ({ messageId: 'viewport', data: { property, value, below: String(below), min: '588' } });

for (const fw of FRAMEWORKS) {
  testers[fw].run(`box-min-height (${fw})`, rule, {
    valid: [
      valid(fw, '<verify style="height: 588px"></verify>'),
      valid(fw, '<verify style="min-height: 600px; height: auto"></verify>'),
      valid(fw, '<verify style="max-height: 700px"></verify>'),
      valid(fw, '<verify></verify>'),
      valid(fw, '<div style="height: 100px"></div>'),
      valid(fw, '<div class="mitid-box" style="height: 320px"></div>'),
      valid(fw, '<verify style="height: 40px"></verify>', { options: [{ minHeightPx: 0 }] }),
    ],
    invalid: [
      at(fw, '<verify style="height: 500px"></verify>', { errors: [tooShort('height', '500px', 500)] }),
      at(fw, '<verify style="max-height: 93vh"></verify>', { errors: [viewport('max-height', '93vh', 633)] }),
      at(fw, '<verify style="height: 400px"></verify>', { errors: [tooShort('height', '400px', 400)] }),
      at(fw, '<verify style="max-height: 36rem"></verify>', { errors: [tooShort('max-height', '36rem', 576)] }),
      at(fw, '<verify style="block-size: 300px"></verify>', { errors: [tooShort('block-size', '300px', 300)] }),
      at(fw, '<verify style="max-block-size: 80vh"></verify>', { errors: [viewport('max-block-size', '80vh', 735)] }),
      at(fw, '<verify style="height: 587px"></verify>', { errors: [tooShort('height', '587px', 587)] }),
      at(fw, '<verify style="display: block; height: 100px"></verify>', { errors: [tooShort('height', '100px', 100)] }),
      at(fw, '<div class="mitid-box" style="height: 320px"></div>', { settings: { mitid: { boxElements: ['.mitid-box'] } }, errors: [tooShort('height', '320px', 320)] }),
      at(fw, '<div id="login-frame" style="max-height: 60vh"></div>', { options: [{ boxElements: ['#login-frame'] }], errors: [viewport('max-height', '60vh', 980)] }),
      at(fw, '<section><verify style="height: 50%; max-height: 500px"></verify></section>', { errors: [tooShort('max-height', '500px', 500)] }),
    ],
  });
}

const popup = (features: string) => `window.open('https://acme.idura.broker/oauth2/authorize?client_id=x', 'mitid', '${features}');\n`;

testers.lit.run('box-min-height (window.open popups)', rule, {
  valid: [
    { code: popup('popup=yes,width=452,height=692'), filename: 'a.ts' },
    { code: popup(''), filename: 'a.ts' },
    { code: "window.open('https://example.com/help', 'help', 'width=200,height=200');\n", filename: 'a.ts' },
    { code: popup('width=300,height=400'), filename: 'a.ts', options: [{ checkPopups: false }] },
  ],
  invalid: [
    { code: popup('width=300,height=400'), filename: 'a.ts', errors: [{ messageId: 'popupTooNarrow', data: { value: '300', min: '400' } }, { messageId: 'popupTooShort', data: { value: '400', min: '660' } }] },
    { code: popup('width=500,height=600,scrollbars=no'), filename: 'a.ts', errors: [{ messageId: 'popupTooShort' }, { messageId: 'popupNoScrollbars' }] },
    { code: popup('width=500,height=700,resizable=0'), filename: 'a.ts', errors: [{ messageId: 'popupNotResizable' }] },
    {
      code: "const FEATURES = 'width=400,height=588';\nopen(`https://${tenant}.idura.broker/oauth2/authorize`, '_blank', FEATURES);\n",
      filename: 'a.ts',
      errors: [{ messageId: 'popupTooShort', line: 2, column: 67 }],
    },
  ],
});

testers.jsx.run('box-min-height (jsx: numbers are pixels)', rule, {
  valid: [valid('jsx', '<verify style={{ height: 600 }} />')],
  invalid: [at('jsx', '<verify style={{ maxHeight: 480 }} />', { errors: [{ ...tooShort('max-height', '480px', 480), line: 2, column: 20 }] })],
});
