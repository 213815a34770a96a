import {
  fold,
  type CustomerChannel,
  type MatchProfile,
  type PostalAddress,
  type WrittenIdentifier,
} from "@emma/core";
import {
  ENGLISH_CITIES,
  ENGLISH_FEMALE,
  ENGLISH_MAIL_DOMAINS,
  ENGLISH_MALE,
  ENGLISH_MIDDLE,
  ENGLISH_STREETS,
  SHORT_FORMS,
  GERMAN_CITIES,
  GERMAN_FEMALE,
  GERMAN_MAIL_DOMAINS,
  GERMAN_MALE,
  GERMAN_MIDDLE,
  GERMAN_STREETS,
  UNRELATED_HANDLES,
} from "./match-names.ts";
import { drawSurname } from "./surname-frequencies.ts";
import { APP_OUTAGE, APP_OUTAGE_FROM, CLOSINGS, GREETINGS, TOPICS, type Topic } from "./match-messages.ts";
import { asHandlePart, typo, variedName, type NameParts, type Variation } from "./name-variants.ts";
import { SeededRandom } from "./seeded-random.ts";

/**
 * The labelled set the matcher is evaluated on (issue 15): people, each known to Emma as one to
 * four customers on different channels, every customer a MatchProfile and a hidden personId. Two
 * customers with the same personId are a true duplicate pair; every other pair is two people.
 *
 * Proportions (a guess from a bank's desk, stated so they can be argued with): half the people
 * have one record, 30 % two, 14 % three, 6 % four. Channels by how often people use them: e-mail
 * 30, the system of record 24 (people who are imported customers), phone 18, Messenger 14, X 7,
 * forum 7; the system of record knows the address 60 % write from and the number half call from, and
 * the import links those (linkOnFile). Hard negatives made on purpose: 8 % of the people live in households (same surname and
 * address, other first names and dates of birth), 1.5 % are a father and son with one full name at
 * one address ("jr."), 3 % have a namesake in another city; the common names make more namesakes
 * (Thomas Müller, Anna Schmidt, Michael Smith), drawn as often as people carry them
 * (surname-frequencies.ts). 30 % of the people write in English.
 */
const GIVEN_NAME_EXPONENT = 0.5;
/**
 * How often the system of record holds the address a customer writes from and the number they call
 * from (a guess, like the proportions above: online banking needs an e-mail address, many write
 * from another one; the mobile number on file is mostly the one they call from).
 */
const EMAIL_ON_FILE = 0.6;
const PHONE_ON_FILE = 0.5;

export type RecordChannel = CustomerChannel | "record";

export interface LabelledRecord {
  profile: MatchProfile;
  personId: string;
  personKind: PersonKind;
  channel: RecordChannel;
  /** How this record's name differs from the person's (empty: as it is, or no name). */
  variations: Variation[];
  /** Whether any of its names says who it is (not only a handle about coffee, or no name at all). */
  namesThePerson: boolean;
  /** One of the two records in which the person wrote about one problem within minutes. */
  toldSameTopic: boolean;
}

export type PersonKind = "single" | "household" | "father-and-son" | "namesake";

export interface MatchEvaluationSet {
  seed: number;
  people: number;
  peopleByKind: Record<PersonKind, number>;
  records: LabelledRecord[];
  /** Person ids that wrote about the same problem on two channels within minutes. */
  sameTopicPeople: number;
  /**
   * Contacts the person import linked to the system of record's customer by the e-mail address or
   * phone number on file: one customer from the start, no pair left to suggest.
   */
  linkedAtImport: number;
}

interface Person {
  id: string;
  kind: PersonKind;
  lang: "de" | "en";
  name: NameParts;
  birthDate: string;
  address: PostalAddress;
  customerNumber: string;
  ibans: string[];
}

const CHANNEL_WEIGHTS: readonly (readonly [RecordChannel, number])[] = [
  ["email", 30],
  ["record", 24],
  ["phone", 18],
  ["facebook", 14],
  ["twitter", 7],
  ["forum", 7],
];

const RECORDS_PER_PERSON: readonly (readonly [number, number])[] = [
  [1, 50],
  [2, 30],
  [3, 14],
  [4, 6],
];

const SIGNATURE_MARK = "\n\n-- \n";
const FORUM_SITE = "community.example.de";
const MESSAGES_FROM = Date.parse("2026-10-01T06:00:00Z");
const MESSAGES_DAYS = 60;

export function makeMatchEvaluationSet(options: { people?: number; seed?: number } = {}): MatchEvaluationSet {
  const seed = options.seed ?? 15;
  return new SetMaker(seed).make(options.people ?? 3000);
}

class SetMaker {
  private readonly random: SeededRandom;
  private readonly used = new Set<string>();
  private nextItem = 1;

  constructor(private readonly seed: number) {
    this.random = new SeededRandom(seed);
  }

  make(count: number): MatchEvaluationSet {
    const people = this.people(count);
    const records: LabelledRecord[] = [];
    let sameTopicPeople = 0;
    let linkedAtImport = 0;
    for (const person of people) {
      const made = this.recordsOf(person);
      if (made.sameTopic) sameTopicPeople++;
      linkedAtImport += made.linkedAtImport;
      records.push(...made.records);
    }
    this.random.shuffle(records);
    const width = String(records.length).length;
    records.forEach((record, index) => {
      record.profile = { ...record.profile, customerId: `cust-${String(index + 1).padStart(width, "0")}` };
    });
    const peopleByKind: Record<PersonKind, number> = {
      single: 0,
      household: 0,
      "father-and-son": 0,
      namesake: 0,
    };
    for (const person of people) peopleByKind[person.kind]++;
    return { seed: this.seed, people: people.length, peopleByKind, records, sameTopicPeople, linkedAtImport };
  }

  private people(count: number): Person[] {
    const out: Person[] = [];
    const add = (person: Omit<Person, "id">) => {
      out.push({ ...person, id: `person-${out.length + 1}` });
    };
    while (out.length < count) {
      const roll = this.random.next();
      const head = this.person("single");
      if (roll < 0.03) {
        // A household: the people a matcher meets at one address under one surname.
        add({ ...head, kind: "household" });
        const members = this.random.int(1, 3);
        const taken = new Set([head.name.first]);
        for (let i = 0; i < members && out.length < count; i++) {
          const other = this.person("household", head.lang);
          if (taken.has(other.name.first)) continue;
          taken.add(other.name.first);
          const child = i > 0;
          add({
            ...other,
            name: { ...other.name, last: head.name.last },
            address: head.address,
            birthDate: child
              ? shiftYears(head.birthDate, this.random.int(20, 35))
              : shiftYears(head.birthDate, this.random.int(-5, 5)),
          });
        }
      } else if (roll < 0.0375 && out.length + 1 < count) {
        // The son is grown up: a customer in his own right.
        const man = this.person("father-and-son", head.lang, true);
        const father = {
          ...man,
          name: { ...man.name, title: null, middle: null },
          birthDate: `${this.random.int(1940, 1975)}${man.birthDate.slice(4)}`,
        };
        add(father);
        const son = this.person("father-and-son", father.lang);
        add({
          ...son,
          name: { ...father.name, suffix: father.lang === "de" ? "jun." : "Jr." },
          address: father.address,
          birthDate: shiftYears(father.birthDate, this.random.int(20, 32)),
        });
      } else if (roll < 0.0525 && out.length + 1 < count) {
        add({ ...head, kind: "namesake" });
        const other = this.person("namesake", head.lang);
        add({ ...other, name: { ...other.name, first: head.name.first, last: head.name.last } });
      } else add(head);
    }
    return out;
  }

  private person(kind: PersonKind, language?: "de" | "en", male?: boolean): Omit<Person, "id"> {
    const random = this.random;
    const lang = language ?? (random.chance(0.7) ? "de" : "en");
    const female = male === undefined ? random.chance(0.5) : !male;
    // Flatter than the surnames: the commonest given names are a few per cent of people each.
    const first =
      lang === "de"
        ? random.zipf(female ? GERMAN_FEMALE : GERMAN_MALE, GIVEN_NAME_EXPONENT)
        : random.zipf(female ? ENGLISH_FEMALE : ENGLISH_MALE, GIVEN_NAME_EXPONENT);
    const last = drawSurname(random, lang);
    const middle = random.chance(0.1) ? random.pick(lang === "de" ? GERMAN_MIDDLE : ENGLISH_MIDDLE) : null;
    const title = random.chance(0.04) ? "Dr." : null;
    const [city, postcodePrefix] = random.zipf(lang === "de" ? GERMAN_CITIES : ENGLISH_CITIES, 0.6);
    const address: PostalAddress = {
      street: random.pick(lang === "de" ? GERMAN_STREETS : ENGLISH_STREETS),
      houseNumber: random.chance(0.97)
        ? `${random.int(1, 140)}${random.chance(0.1) ? random.pick(["a", "b"]) : ""}`
        : null,
      postalCode:
        lang === "de"
          ? `${postcodePrefix}${random.digits(3)}`
          : `${postcodePrefix} ${random.int(1, 9)}${random.pick(["AB", "DF", "XY", "QT"])}`,
      city,
      country: lang === "de" ? "DE" : "GB",
    };
    const birthDate = new Date(Date.UTC(1940, 0, 1) + random.int(0, 66 * 365) * 86_400_000)
      .toISOString()
      .slice(0, 10);
    const ibans = [this.iban()];
    if (random.chance(0.25)) ibans.push(this.iban());
    return {
      kind,
      lang,
      name: { first, middle, last, title, suffix: null },
      birthDate,
      address,
      customerNumber: this.unique(() => `K-${random.int(1, 9)}${random.digits(6)}`),
      ibans,
    };
  }

  private recordsOf(person: Person): {
    records: LabelledRecord[];
    sameTopic: boolean;
    linkedAtImport: number;
  } {
    const random = this.random;
    const count = random.weighted(RECORDS_PER_PERSON);
    const channels: RecordChannel[] = [];
    // People at a shared address are mostly imported customers: that is where the address comes from.
    if (person.kind === "household" || person.kind === "father-and-son") {
      if (random.chance(0.7)) channels.push("record");
    }
    while (channels.length < count) {
      const channel = random.weighted(CHANNEL_WEIGHTS.filter(([c]) => !channels.includes(c)));
      channels.push(channel);
    }
    const handle = this.handleOf(person);
    const made = channels.map((channel) => {
      const record = this.record(person, channel, handle, channels);
      return { ...record, namesThePerson: namesThePerson(person, record.profile), toldSameTopic: false };
    });
    const { records, linkedAtImport } = this.linkOnFile(made);
    // Some write about one problem on two channels within minutes (a mail, then Messenger).
    const writing = records.filter((r) => r.profile.recent.length > 0);
    let sameTopic = false;
    const [first, second] = writing;
    const firstMessage = first?.profile.recent[0];
    const secondMessage = second?.profile.recent[0];
    if (first && second && firstMessage && secondMessage && random.chance(0.3)) {
      const topic = random.pick(TOPICS);
      const at = this.messageTime();
      const firstText = this.messageText(person, firstMessage.channel, topic, null);
      first.profile = { ...first.profile, recent: [retold(firstMessage, firstText, at)] };
      const secondText = this.messageText(person, secondMessage.channel, topic, firstText);
      const later = at + random.int(1, 20) * 60_000;
      second.profile = { ...second.profile, recent: [retold(secondMessage, secondText, later)] };
      first.toldSameTopic = true;
      second.toldSameTopic = true;
      sameTopic = true;
    }
    return { records, sameTopic, linkedAtImport };
  }

  /**
   * A bank keeps most customers' e-mail address and phone number: a person writing from the address
   * on file or calling from the number on file is linked to the system of record's customer by the
   * import (strong identifiers), so that contact is the record's, not a second customer.
   */
  private linkOnFile(records: LabelledRecord[]): { records: LabelledRecord[]; linkedAtImport: number } {
    const record = records.find((r) => r.channel === "record");
    if (!record) return { records, linkedAtImport: 0 };
    const kept: LabelledRecord[] = [];
    let linkedAtImport = 0;
    for (const contact of records) {
      const onFile =
        (contact.channel === "email" && this.random.chance(EMAIL_ON_FILE)) ||
        (contact.channel === "phone" && this.random.chance(PHONE_ON_FILE));
      if (contact === record || !onFile) {
        kept.push(contact);
        continue;
      }
      record.profile = {
        ...record.profile,
        identities: [...record.profile.identities, ...contact.profile.identities],
        written: [...record.profile.written, ...contact.profile.written],
        recent: [...record.profile.recent, ...contact.profile.recent],
      };
      linkedAtImport++;
    }
    return { records: kept, linkedAtImport };
  }

  private record(
    person: Person,
    channel: RecordChannel,
    handle: string,
    channels: RecordChannel[],
  ): Omit<LabelledRecord, "namesThePerson" | "toldSameTopic"> {
    const random = this.random;
    const base = { personId: person.id, personKind: person.kind, channel };
    const empty = {
      birthDate: null,
      address: null,
      customerNumber: null,
      ibans: [],
      written: [],
      recent: [],
    };
    switch (channel) {
      case "record": {
        const name = [person.name.title, person.name.first, person.name.middle, person.name.last]
          .filter(Boolean)
          .join(" ");
        return {
          ...base,
          variations: [],
          profile: {
            customerId: "",
            names: [
              { value: name, source: "customer" },
              { value: name, source: "record" },
            ],
            identities: [],
            birthDate: random.chance(0.95) ? person.birthDate : null,
            address: random.chance(0.95) ? person.address : null,
            customerNumber: person.customerNumber,
            ibans: person.ibans,
            written: [],
            recent: [],
          },
        };
      }
      case "email": {
        const local = this.emailLocal(person, handle);
        const address = this.unique(
          (n) =>
            `${local}${n === 0 ? "" : n}@${random.pick(person.lang === "de" ? GERMAN_MAIL_DOMAINS : ENGLISH_MAIL_DOMAINS)}`,
        );
        const roll = random.next();
        const varied = roll < 0.7 ? variedName(person.name, random, 0.6) : null;
        const display = varied
          ? varied.value
          : roll < 0.85
            ? null
            : random.chance(0.5)
              ? local
              : capitalise(local);
        const text = this.messageText(person, "email", random.pick(TOPICS), null);
        const message = {
          channel: "email" as const,
          at: new Date(this.messageTime()).toISOString(),
          itemId: this.itemId(),
          text: "",
        };
        const signature = random.chance(0.4) ? this.signature(person, handle, channels) : null;
        message.text = signature ? `${text}${SIGNATURE_MARK}${signature.text}` : text;
        return {
          ...base,
          variations: varied?.variations ?? [],
          profile: {
            customerId: "",
            ...empty,
            names: display
              ? [
                  { value: display, source: "customer" },
                  { value: display, source: "email" },
                ]
              : [],
            identities: [{ kind: "email", value: address, display }],
            written: signature
              ? signature.written.map((identifier) => ({ identifier, itemId: message.itemId }))
              : [],
            recent: [message],
          },
        };
      }
      case "facebook": {
        const varied = variedName(person.name, random, 1.6);
        const written: { identifier: WrittenIdentifier; itemId: string }[] = [];
        const message = this.message(person, "facebook");
        if (random.chance(0.05)) {
          message.text +=
            person.lang === "de"
              ? ` Meine Kundennummer ist ${person.customerNumber}.`
              : ` My customer number is ${person.customerNumber}.`;
          written.push({
            identifier: { kind: "customer-number", value: person.customerNumber },
            itemId: message.itemId,
          });
        }
        return {
          ...base,
          variations: varied.variations,
          profile: {
            customerId: "",
            ...empty,
            names: [
              { value: varied.value, source: "customer" },
              { value: varied.value, source: "facebook" },
            ],
            identities: [
              {
                kind: "facebook",
                value: this.unique(() => `${random.int(1, 9)}${random.digits(15)}`),
                display: varied.value,
              },
            ],
            written,
            recent: [message],
          },
        };
      }
      case "twitter": {
        const named = random.chance(0.6);
        const varied = named ? variedName(person.name, random, 1.2) : null;
        const display = `@${handle}`;
        const profileName = varied
          ? varied.value
          : random.chance(0.5)
            ? handle
            : random.pick(UNRELATED_HANDLES);
        return {
          ...base,
          variations: varied ? varied.variations : [],
          profile: {
            customerId: "",
            ...empty,
            names: [
              { value: profileName, source: "customer" },
              { value: profileName, source: "twitter" },
            ],
            identities: [
              {
                kind: "twitter",
                value: this.unique(() => `${random.int(1, 9)}${random.digits(17)}`),
                display,
              },
            ],
            recent: [this.message(person, "twitter")],
          },
        };
      }
      case "forum": {
        const username = this.forumName(person, handle);
        return {
          ...base,
          variations: [],
          profile: {
            customerId: "",
            ...empty,
            names: [
              { value: username, source: "customer" },
              { value: username, source: "forum" },
            ],
            identities: [
              {
                kind: "forum",
                value: this.unique(() => `${FORUM_SITE}:${random.int(1000, 999_999)}`),
                display: username,
              },
            ],
            recent: [this.message(person, "forum")],
          },
        };
      }
      case "phone": {
        // A bank identifies its callers, so the agent mostly types the name they heard; the rest
        // hung up first or were never asked (a quick question about opening hours).
        const varied = random.chance(0.75) ? variedName(person.name, random, 1.3) : null;
        if (varied && random.chance(0.3)) {
          varied.value = typo(varied.value, random);
          if (!varied.variations.includes("typo")) varied.variations.push("typo");
        }
        return {
          ...base,
          variations: varied?.variations ?? [],
          profile: {
            customerId: "",
            ...empty,
            names: varied ? [{ value: varied.value, source: "customer" }] : [],
            identities: [{ kind: "phone", value: this.phoneOf(person), display: null }],
          },
        };
      }
    }
  }

  /** One person's phone number, the same wherever it appears (a call, a mail signature). */
  private readonly phones = new Map<string, string>();
  private phoneOf(person: Person): string {
    let phone = this.phones.get(person.id);
    if (!phone) {
      const random = this.random;
      phone = this.unique(() =>
        person.lang === "de"
          ? `+49${random.pick(["151", "160", "171", "176", "157"])}${random.digits(8)}`
          : `+447${random.digits(9)}`,
      );
      this.phones.set(person.id, phone);
    }
    return phone;
  }

  private signature(
    person: Person,
    handle: string,
    channels: RecordChannel[],
  ): { text: string; written: WrittenIdentifier[] } {
    const random = this.random;
    const lines = [variedName(person.name, random, 0.3).value];
    const written: WrittenIdentifier[] = [];
    if (random.chance(0.45)) {
      const phone = this.phoneOf(person);
      lines.push(`${person.lang === "de" ? "Tel." : "Phone"}: ${nationalFormat(phone)}`);
      written.push({ kind: "phone", value: phone });
    }
    if (random.chance(channels.includes("record") ? 0.35 : 0.1)) {
      lines.push(`${person.lang === "de" ? "Kundennummer" : "Customer number"}: ${person.customerNumber}`);
      written.push({ kind: "customer-number", value: person.customerNumber });
    }
    if (random.chance(channels.includes("twitter") ? 0.3 : 0.05)) {
      lines.push(`X: @${handle}`);
      written.push({ kind: "x-handle", value: handle.toLowerCase() });
    }
    if (random.chance(0.05)) {
      const iban = person.ibans[0] ?? "";
      lines.push(`IBAN: ${iban.replace(/(.{4})/g, "$1 ").trim()}`);
      written.push({ kind: "iban", value: iban });
    }
    return { text: lines.join("\n"), written };
  }

  /** A message about one of the everyday problems at some time in the two months. */
  private message(person: Person, channel: CustomerChannel): Message {
    let text = this.messageText(person, channel, this.random.pick(TOPICS), null);
    let when = this.messageTime();
    if (this.random.chance(0.06)) {
      // The morning the app was down: unrelated people, one problem, one hour.
      text = this.random.pick(APP_OUTAGE[person.lang]);
      when = APP_OUTAGE_FROM + this.random.int(0, 59) * 60_000;
    }
    return { channel, at: new Date(when).toISOString(), itemId: this.itemId(), text };
  }

  private messageText(person: Person, channel: CustomerChannel, topic: Topic, avoid: string | null): string {
    const random = this.random;
    const wordings = topic[person.lang].filter((w) => !avoid?.includes(w));
    const body = random.pick(wordings.length > 0 ? wordings : topic[person.lang]);
    if (channel !== "email") return body;
    return `${random.pick(GREETINGS[person.lang])}\n\n${body}\n\n${random.pick(CLOSINGS[person.lang])}`;
  }

  private messageTime(): number {
    return MESSAGES_FROM + this.random.int(0, MESSAGES_DAYS * 24 * 60) * 60_000;
  }

  private itemId(): string {
    return `item-${this.nextItem++}`;
  }

  /** The person's handle on X (and often in the forum): from the name, or about something else. */
  private handleOf(person: Person): string {
    const random = this.random;
    const first = asHandlePart(person.name.first);
    const last = asHandlePart(person.name.last);
    const year = person.birthDate.slice(2, 4);
    const pattern = random.weighted<() => string>([
      [() => `${first}_${last}${year}`, 3],
      [() => `${first[0] ?? ""}${last}`, 3],
      [() => `${last}${first[0] ?? ""}`, 2],
      [() => `${first}${last}`, 2],
      [() => `${first}_${last[0] ?? ""}`, 1],
      [() => `${random.pick(UNRELATED_HANDLES)}${random.chance(0.6) ? random.int(1, 99) : ""}`, 3],
    ]);
    // X allows 15 characters: the stem is cut, never the number that makes it unique.
    const stem = pattern().slice(0, 12);
    return this.unique((n) => `${stem}${n === 0 ? "" : n}`);
  }

  private emailLocal(person: Person, handle: string): string {
    const random = this.random;
    const first = asHandlePart(person.name.first);
    const last = asHandlePart(person.name.last);
    return random.weighted<string>([
      [`${first}.${last}`, 5],
      [`${first[0] ?? ""}.${last}`, 2],
      [`${first}${last}${person.birthDate.slice(2, 4)}`, 2],
      [`${last}.${first}`, 1],
      [`${first}_${last}`, 1],
      [handle, 1],
      [`${random.pick(UNRELATED_HANDLES)}${random.int(1, 999)}`, 2],
    ]);
  }

  private forumName(person: Person, handle: string): string {
    const random = this.random;
    const name = random.weighted<() => string>([
      [() => handle, 4],
      [() => `${person.name.first} ${person.name.last[0] ?? ""}.`, 2],
      [() => `${asHandlePart(person.name.first)}${random.int(1, 99)}`, 2],
      [() => `${random.pick(UNRELATED_HANDLES)}_${random.int(1, 999)}`, 3],
    ]);
    return this.unique((n) => `forum:${name()}${n === 0 ? "" : n}`).slice("forum:".length);
  }

  private iban(): string {
    const random = this.random;
    const bban = `${random.pick(["10070000", "20050550", "50010517", "70150000", "12030000"])}${random.digits(10)}`;
    return this.unique(() => `DE${ibanCheckDigits(bban)}${bban}`);
  }

  /** A value no other person has: identifiers are unique across customers in Emma too. */
  private unique(make: (attempt: number) => string): string {
    for (let attempt = 0; ; attempt++) {
      const value = make(attempt);
      if (!this.used.has(value)) {
        this.used.add(value);
        return value;
      }
    }
  }
}

type Message = MatchProfile["recent"][number];

const letters = (text: string) => fold(text).replace(/[^a-z]/g, "");

/** Whether a name, an address's local part or a handle says who it is (a matcher can read all three). */
function namesThePerson(person: Person, profile: MatchProfile): boolean {
  const parts = [person.name.first, person.name.last, ...(SHORT_FORMS[person.name.first] ?? [])]
    .map(letters)
    .filter((part) => part.length >= 3);
  const said = [
    ...profile.names.map((name) => name.value),
    ...profile.identities.map((identity) =>
      identity.kind === "email" ? (identity.value.split("@")[0] ?? "") : (identity.display ?? ""),
    ),
  ];
  return said.some((text) => parts.some((part) => letters(text).includes(part)));
}

/** The same message about another problem at another time; a mail keeps its signature. */
function retold(message: Message, text: string, at: number): Message {
  const signature = message.text.split(SIGNATURE_MARK)[1];
  return {
    ...message,
    at: new Date(at).toISOString(),
    text: signature === undefined ? text : `${text}${SIGNATURE_MARK}${signature}`,
  };
}

function shiftYears(date: string, years: number): string {
  const year = Number(date.slice(0, 4)) + years;
  // 29 February moves to the 28th in a year without it.
  const rest = date.slice(4) === "-02-29" ? "-02-28" : date.slice(4);
  return `${year}${rest}`;
}

function capitalise(local: string): string {
  return local.replace(
    /(^|[._])([a-z])/g,
    (_, sep: string, letter: string) => `${sep}${letter.toUpperCase()}`,
  );
}

function nationalFormat(e164: string): string {
  if (e164.startsWith("+49")) return `0${e164.slice(3, 6)} ${e164.slice(6)}`;
  return `0${e164.slice(3, 7)} ${e164.slice(7)}`;
}

/** ISO 13616 check digits: the IBANs look and check like real ones. */
function ibanCheckDigits(bban: string): string {
  const numeric = `${bban}131400`; // "DE" is 13 14, then "00"
  const remainder = Number(BigInt(numeric) % 97n);
  return String(98 - remainder).padStart(2, "0");
}
