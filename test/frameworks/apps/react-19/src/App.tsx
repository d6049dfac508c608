import { useRef, useState, type MouseEvent } from 'react';
// React 19 sets a custom element's props as properties: the bare tag needs only the kit's JSX types.
import type { MitIDButtonElement } from 'mitid-ux-kit/react';
import 'mitid-ux-kit/define';

export function App() {
  const [launched, setLaunched] = useState('');
  const ref = useRef<MitIDButtonElement>(null);
  const onClick = (event: MouseEvent<MitIDButtonElement>) => event.currentTarget.focus();
  return (
    <main className="page">
      <form id="form" action="/done">
        <mitid-button id="submit" ref={ref} type="submit" action="sign" lang="en" name="via" value="mitid" disabled={false} loading={false} fullWidth={false} className="cta" style={{ margin: 0 }} title="MitID" aria-describedby="terms" onFocus={() => undefined} onClick={onClick} />
      </form>
      <p id="terms">Vi bruger MitID til at bekræfte, hvem du er.</p>
      <mitid-button id="link" href="#launched" onmitid-launch={(event) => setLaunched(event.detail.mode)} />
      <output id="launched">{launched}</output>
    </main>
  );
}
