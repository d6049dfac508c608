// The same page done right: approved phrases, the brand styles from a class, a full-page redirect.
export function LoginPage({ authorizeUrl }: { authorizeUrl: string }) {
  return (
    <main className="login">
      <h1>Welcome back</h1>
      <a className="mitid-button" href={authorizeUrl}>
        <img src="/mitid-logo.svg" alt="" width={20} height={20} />
        Log on with MitID
      </a>
    </main>
  );
}
