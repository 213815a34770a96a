import type { RawIdentity } from "./identity-kind.ts";
import { displayOrNull, normalized, rejected, type NormalizeResult } from "./normalize-result.ts";

const NUMERIC_ID = /^\d{1,32}$/;
const HANDLE = /^@?(\w{1,50})$/;

/** Facebook links by page-scoped id (PSID): one person per page, digits only. */
export function normalizeFacebook(raw: RawIdentity): NormalizeResult {
  const id = raw.value.trim();
  if (id === "") return rejected("empty", "The Facebook id is empty");
  if (!NUMERIC_ID.test(id))
    return rejected("invalid", `"${id}" is not a Facebook page-scoped id (digits only)`);
  return normalized({ kind: "facebook", value: id, display: displayOrNull(raw.display) });
}

/** X links by the numeric user id: handles can be renamed and then taken by someone else. */
export function normalizeTwitter(raw: RawIdentity): NormalizeResult {
  const id = raw.value.trim();
  if (id === "") return rejected("empty", "The X user id is empty");
  if (id.startsWith("@") || /[A-Za-z_]/.test(id)) {
    return rejected("invalid", "X identities link by user id, not by handle");
  }
  if (!NUMERIC_ID.test(id)) return rejected("invalid", `"${id}" is not an X user id (digits only)`);
  return normalized({ kind: "twitter", value: id, display: handleDisplay(raw.display) });
}

/** "foo" and "@foo" both show as "@foo"; anything else (a name) is kept as given. */
function handleDisplay(display: string | undefined): string | null {
  const text = displayOrNull(display);
  if (text === null) return null;
  const handle = HANDLE.exec(text)?.[1];
  return handle === undefined ? text : `@${handle}`;
}
