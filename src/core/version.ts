/** The kit's version: one version for all its packages (a test holds every package.json to it). */
export const KIT_VERSION = '0.1.0';

/** Where a rule's documentation lives for this exact version: inside the package that ships it. */
export const docsUrl = (pkg: 'eslint-plugin-mitid' | 'stylelint-plugin-mitid' | 'mitid-ux-kit', path: string): string => `https://unpkg.com/${pkg}@${KIT_VERSION}/${path}`;
