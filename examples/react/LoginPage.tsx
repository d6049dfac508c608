// Deliberate violations: a near-miss phrase, an off-brand inline style, a clickable <div>,
// and the login page inside an iframe.
import { useState } from 'react';

export function LoginPage({ authorizeUrl }: { authorizeUrl: string }) {
  const [embedded, setEmbedded] = useState(false);
  return (
    <main className="login">
      <h1>Welcome back</h1>
      <button className="mitid-button" style={{ backgroundColor: '#1a73e8', height: 40 }} onClick={() => setEmbedded(true)}>
        Login with MitID
      </button>
      <div className="mitid-button" onClick={() => window.location.assign(authorizeUrl)}>
        Sign in with MitID →
      </div>
      {embedded && <iframe title="MitID" src="https://acme.idura.broker/oauth2/authorize?acr_values=urn:grn:authn:dk:mitid:substantial" />}
    </main>
  );
}
