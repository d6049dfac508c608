import litSSR from '@lit-labs/nextjs';

// Server-renders Lit elements (declarative shadow DOM) so the button is visible before any script.
const withLitSSR = litSSR({ addDeclarativeShadowDomPolyfill: true });

export default withLitSSR({ reactStrictMode: true, eslint: { ignoreDuringBuilds: true } });
