// A Server Component: the interactive part is a Client Component, and the wrapper is one too.
import { Demo } from './demo';

export default function Page() {
  return (
    <main>
      <Demo />
    </main>
  );
}
