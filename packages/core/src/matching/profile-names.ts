import type { MatchProfile } from "./match-profile.ts";

// A mailbox's local part names its owner often enough ("anna.schneider", "a_schneider85") to
// compare like a handle; short or numeric ones ("info", "k123") say nothing.
const NAMING_LOCAL_PART = /^(?=.*[a-z].*[a-z].*[a-z].*[a-z])[a-z0-9._-]{6,64}$/;

/** Every name a profile shows: its names, and the local parts of its e-mail addresses that read like one. */
export function namesOfProfile(profile: MatchProfile): string[] {
  const names = new Set(profile.names.map((name) => name.value.trim()).filter((name) => name !== ""));
  for (const identity of profile.identities) {
    if (identity.kind !== "email") continue;
    const local = identity.value.split("@")[0] ?? "";
    if (NAMING_LOCAL_PART.test(local)) names.add(local);
  }
  return [...names];
}
