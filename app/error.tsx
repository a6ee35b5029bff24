"use client";
// Never shows the raw error: the server log has it; the reader gets a sentence.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <>
      <h1>Something went wrong</h1>
      <p role="alert">This page could not be loaded just now. The data is safe; please try again.</p>
      <button type="button" onClick={reset}>
        Try again
      </button>
    </>
  );
}
