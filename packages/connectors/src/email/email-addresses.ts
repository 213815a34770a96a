import type { AddressObject, EmailAddress } from "mailparser";

export interface Mailbox {
  address: string;
  name?: string;
}

/** Every mailbox in an address header as mailparser read it, groups flattened, only entries with an @. */
export function mailboxesOf(field: AddressObject | AddressObject[] | undefined): Mailbox[] {
  const objects = field === undefined ? [] : Array.isArray(field) ? field : [field];
  const out: Mailbox[] = [];
  const add = (entries: EmailAddress[]) => {
    for (const entry of entries) {
      if (entry.group) add(entry.group);
      const address = entry.address?.trim() ?? "";
      if (!address.includes("@") || address.length > 512) continue;
      const name = entry.name.trim().slice(0, 255);
      out.push(name === "" ? { address } : { address, name });
    }
  };
  for (const object of objects) add(object.value);
  return out;
}

/** Compares addresses the way mail servers route them: case-insensitively. */
export function sameAddress(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/** Addresses from raw envelope headers the delivering server adds (Delivered-To, X-Original-To …). */
export function envelopeRecipients(values: readonly string[]): string[] {
  return values.flatMap((value) => value.split(/[\s,]+/)).filter((token) => token.includes("@"));
}
