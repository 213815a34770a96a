/**
 * A Message-ID as we compare it: no angle brackets, no whitespace (obsolete CFWS), domain part
 * lower-cased (domains are case-insensitive, the left part is not). Undefined when nothing is left.
 */
export function normalizeMessageId(value: string): string | undefined {
  const bare = value
    .trim()
    .replace(/^<+|>+$/g, "")
    .replace(/\s+/g, "");
  if (bare === "") return undefined;
  const at = bare.lastIndexOf("@");
  return at < 0 ? bare : `${bare.slice(0, at)}${bare.slice(at).toLowerCase()}`;
}

/** Every id in a References / In-Reply-To value, in order, normalized and without repeats. */
export function messageIdsIn(value: string | undefined): string[] {
  if (value === undefined) return [];
  const bracketed = [...value.matchAll(/<([^<>]*)>/g)].map((match) => match[1] ?? "");
  // Broken mailers write ids without brackets, separated by spaces or commas.
  const candidates = bracketed.length > 0 ? bracketed : value.split(/[\s,]+/);
  const ids: string[] = [];
  for (const candidate of candidates) {
    const id = normalizeMessageId(candidate);
    if (id !== undefined && !ids.includes(id)) ids.push(id);
  }
  return ids;
}

/** The Message-ID of a reply we send: derived from the outbox id, so a retry reuses it. */
export function ourMessageId(outboxId: string, domain: string): string {
  return `<outbox-${outboxId}@${domain.toLowerCase()}>`;
}

/** The outbox id inside one of our Message-IDs (with or without brackets), else undefined. */
export function outboxIdOfMessageId(messageId: string, domain: string): string | undefined {
  const id = normalizeMessageId(messageId);
  const match = id === undefined ? null : /^outbox-(.+)@([^@]+)$/.exec(id);
  if (!match || match[2] !== domain.toLowerCase()) return undefined;
  return match[1];
}

export function isOurMessageId(messageId: string, domain: string): boolean {
  return outboxIdOfMessageId(messageId, domain) !== undefined;
}

/**
 * The external id of a mail whose Message-ID an earlier, different mail already has (broken mailers
 * reuse one): the Message-ID, a space (which no normalized Message-ID holds) and the id of its raw event.
 */
export function sharedMessageIdExternalId(messageId: string, rawEventId: string): string {
  return `${messageId} ${rawEventId}`;
}

/** The Message-ID in an email item's external id, as replies must quote it. */
export function messageIdOfExternalId(externalId: string): string {
  return externalId.split(" ", 1)[0] ?? externalId;
}
