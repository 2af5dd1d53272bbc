// Placeholder until the incident guide: what to do now, in order.
export function IncidentPage() {
  return (
    <main
      style={{ maxWidth: '40rem', margin: '2rem auto', font: '16px/1.5 system-ui, sans-serif' }}
    >
      <h1>Posted from the wrong account?</h1>
      <ol>
        <li>Delete the post now, and say that you did: never delete silently.</li>
        <li>
          Apologise briefly and sincerely: it was posted in error and is not the organisation’s
          view.
        </li>
        <li>Point people back to what the account is for.</li>
        <li>Watch the replies and answer where it helps.</li>
        <li>Tell your communications lead, and write down what happened and when.</li>
      </ol>
    </main>
  );
}
