import { TRPCClientError } from "@trpc/client";
import { ErrorNote } from "../ui/error-note.tsx";

/**
 * The API's own words for a refused search (e.g. "Type at least two characters"), as it gives them
 * per field; any other failure as the console says failures everywhere.
 */
export function SearchError({ error }: { error: unknown }) {
  const messages = fieldErrorMessages(error);
  if (messages.length === 0) return <ErrorNote error={error} />;
  return (
    <p className="error-note" role="alert">
      {messages.join(" ")}
    </p>
  );
}

function fieldErrorMessages(error: unknown): string[] {
  if (!(error instanceof TRPCClientError)) return [];
  const data: unknown = error.data;
  if (typeof data !== "object" || data === null || !("fieldErrors" in data)) return [];
  const fields: unknown = data.fieldErrors;
  if (typeof fields !== "object" || fields === null) return [];
  return Object.values(fields).flatMap((messages: unknown) =>
    Array.isArray(messages) ? messages.filter((m): m is string => typeof m === "string") : [],
  );
}
