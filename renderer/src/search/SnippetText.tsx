import type { Snippet } from '../../../preload/api';

/** A keyword-in-context snippet with the hit marked. */
export function SnippetText({ snippet }: { snippet: Snippet }) {
  const { text, markStart, markEnd } = snippet;
  if (markStart === undefined || markEnd === undefined || markEnd <= markStart) return <>{text}</>;
  return (
    <>
      {text.slice(0, markStart)}
      <mark>{text.slice(markStart, markEnd)}</mark>
      {text.slice(markEnd)}
    </>
  );
}
