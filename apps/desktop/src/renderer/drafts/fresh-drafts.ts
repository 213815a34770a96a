export interface Draft {
  reply: string;
  note: string;
  updatedAt: number;
}

/** Drafts older than this are dropped on load: they belong to conversations long handled. */
export const DRAFT_MAX_AGE_MS = 14 * 24 * 60 * 60 * 1000;

/** The drafts worth restoring; anything malformed in storage is dropped rather than crash the console. */
export function freshDrafts(stored: unknown, now: number): Record<string, Draft> {
  if (typeof stored !== "object" || stored === null) return {};
  const fresh: Record<string, Draft> = {};
  for (const [id, value] of Object.entries(stored)) {
    if (!isDraft(value) || now - value.updatedAt >= DRAFT_MAX_AGE_MS) continue;
    fresh[id] = value;
  }
  return fresh;
}

function isDraft(value: unknown): value is Draft {
  if (typeof value !== "object" || value === null) return false;
  const draft = value as Record<string, unknown>;
  return (
    typeof draft.reply === "string" && typeof draft.note === "string" && typeof draft.updatedAt === "number"
  );
}
