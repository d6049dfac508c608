import { useRef, useState } from 'react';
import { MitIDButton, type MitIDButtonElement } from 'mitid-ux-kit/react';

export function App() {
  const [launched, setLaunched] = useState('');
  const ref = useRef<MitIDButtonElement>(null);
  return (
    <main className="page">
      <form id="form" action="/done">
        <MitIDButton id="submit" ref={ref} type="submit" action="sign" lang="en" name="via" value="mitid" disabled={false} loading={false} fullWidth={false} aria-describedby="terms" />
      </form>
      <p id="terms">Vi bruger MitID til at bekræfte, hvem du er.</p>
      <MitIDButton id="link" href="#launched" className="cta" style={{ marginTop: 8 }} onMitidLaunch={(event) => setLaunched(event.detail.mode)} />
      <output id="launched">{launched}</output>
    </main>
  );
}
