import type { RawIdentity } from "@emma/core";
import { FORUM_SITE, type DemoPerson } from "./person.ts";
import type { DemoIdentity } from "./types.ts";

/** Every identifier of the person, and whether the bank's records already tie it to them. */
export function personIdentities(person: DemoPerson): DemoIdentity[] {
  const identities: DemoIdentity[] = [];
  const add = (identity: RawIdentity, linked = true) => identities.push({ identity, linked });
  if (person.email) add({ kind: "email", value: person.email, display: person.displayName });
  if (person.secondEmail)
    add(
      { kind: "email", value: person.secondEmail, display: person.displayName },
      person.split !== "second-email",
    );
  if (person.mobile) add({ kind: "phone", value: person.mobile });
  if (person.landline) add({ kind: "phone", value: person.landline }, person.split !== "landline");
  if (person.facebook) add({ kind: "facebook", value: person.facebook.id, display: person.facebook.name });
  if (person.twitter)
    add({ kind: "twitter", value: person.twitter.id, display: `@${person.twitter.handle}` });
  if (person.forum)
    add({ kind: "forum", value: person.forum.id, site: FORUM_SITE, display: person.forum.username });
  return identities;
}

/** The linked email this customer writes from; now and then the linked second address. */
export function linkedEmail(person: DemoPerson, useSecond: boolean): string {
  const second = person.split === "second-email" ? null : person.secondEmail;
  const email = useSecond && second ? second : (person.email ?? second);
  if (!email) throw new Error(`${person.key} has no linked email address`);
  return email;
}

/** The linked number this customer calls from: mostly the mobile, sometimes a linked landline. */
export function linkedPhone(person: DemoPerson, preferLandline: boolean): string {
  const landline = person.split === "landline" ? null : person.landline;
  const phone = (preferLandline && landline) || person.mobile || landline;
  if (!phone) throw new Error(`${person.key} has no linked phone number`);
  return phone;
}

/** The unlinked identifier's value: what split-identity conversations are written from. */
export function splitValue(person: DemoPerson): string {
  const value = person.split === "landline" ? person.landline : person.secondEmail;
  if (!value) throw new Error(`${person.key} has no split identifier`);
  return value;
}
