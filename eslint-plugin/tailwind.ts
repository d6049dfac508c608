/** The Tailwind class translation lives in the core (shared with the stylesheet rules' `@apply`). */
export { tailwindDeclaration, type TailwindDeclaration } from 'mitid-ux-kit/core';
