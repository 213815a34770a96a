import type { Snippet } from "@emma/core";

/**
 * A passage with its matches marked. The API sends plain text segments, never markup: each is
 * rendered as text, so nothing a customer wrote can become HTML here.
 */
export function SnippetText({ snippet, className }: { snippet: Snippet; className?: string }) {
  return (
    <span className={className}>
      {snippet.map((segment, index) =>
        // Segments never move once received; their position is their identity.
        segment.match ? <mark key={index}>{segment.text}</mark> : <span key={index}>{segment.text}</span>,
      )}
    </span>
  );
}
