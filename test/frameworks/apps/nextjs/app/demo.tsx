'use client';
import { useState } from 'react';
import { MitIDButton } from 'mitid-ux-kit/react';

export function Demo() {
  const [launched, setLaunched] = useState('');
  return (
    <>
      <form id="form" action="/done">
        <MitIDButton id="submit" type="submit" action="sign" lang="en" name="via" value="mitid" disabled={false} loading={false} fullWidth={false} />
      </form>
      <MitIDButton id="link" href="#launched" onMitidLaunch={(event) => setLaunched(event.detail.mode)} />
      <output id="launched">{launched}</output>
    </>
  );
}
