// mitid/button-style reads the style-object props of component libraries on a MitID call to action:
// MUI's `sx` (its shorthands, and its numbers: a size over 1 is px, spacing and radius are theme
// scales the kit cannot know), Emotion's and Chakra's `css` object. Theme paths stay silent.
import { checkButtonDeclaration } from '../../src/core/index.js';
import { jsxTester, rules } from './helpers.js';

const rule = rules['button-style'] as never;
const file = (jsx: string): string => `import Button from '@mui/material/Button';\nexport const L = () => (\n  ${jsx}\n);\n`;
const off = (property: string, actual: string) => ({ messageId: 'offBrand', data: { property, actual, expected: checkButtonDeclaration(property, actual)?.expected ?? 'n/a' }, line: 3 });

jsxTester.run('button-style: sx and css objects', rule, {
  valid: [
    { code: file('<Button variant="contained" sx={{ bgcolor: "#0060e6", color: "#fff", height: 48 }}>Log ind med MitID</Button>'), filename: 'a.tsx' },
    // Theme paths, spacing and radius scales: unknown values, silent.
    { code: file('<Button sx={{ bgcolor: "primary.main", color: "primary.contrastText", p: 2, borderRadius: 1 }}>Log ind med MitID</Button>'), filename: 'a.tsx' },
    // height: 1 is 100% in sx, not 1px.
    { code: file('<Button sx={{ height: 1 }}>Log ind med MitID</Button>'), filename: 'a.tsx' },
    // Not a MitID call to action: its styles are its own.
    { code: file('<Button sx={{ bgcolor: "#e0001b", height: 36 }}>Gem</Button>'), filename: 'a.tsx' },
    { code: file('<p css={{ color: "#333" }}>Du logger ind med MitID på næste side.</p>'), filename: 'a.tsx' },
  ],
  invalid: [
    { code: file('<Button variant="contained" sx={{ bgcolor: "#1976d2" }}>Log ind med MitID</Button>'), filename: 'a.tsx', errors: [off('background-color', '#1976d2')] },
    { code: file('<Button sx={{ backgroundColor: "#1976d2", height: 40 }}>Log ind med MitID</Button>'), filename: 'a.tsx', errors: [off('background-color', '#1976d2'), off('height', '40px')] },
    { code: file('<Button sx={{ textTransform: "uppercase", fontFamily: "Roboto" }}>Log ind med MitID</Button>'), filename: 'a.tsx', errors: [off('text-transform', 'uppercase'), off('font-family', 'Roboto')] },
    { code: file('<button css={{ background: "#000", color: "#fff" }}>Log ind med MitID</button>'), filename: 'a.tsx', errors: [off('background', '#000')] },
  ],
});
