import type { Channel, TimelineKind } from "../../channel/channel.ts";
import type { ConsentHow, ConsentPurpose, ConsentState } from "../../consent/consent-record.ts";
import type { ExportLanguage } from "./export-schema.ts";

/** The readable document's wording; the JSON keeps codes, the document says them in words. */
export interface ExportLabels {
  title: string;
  intro: string;
  generatedAt: string;
  person: string;
  name: string;
  customerNumber: string;
  birthDate: string;
  postalAddress: string;
  language: string;
  createdAt: string;
  mergedRecords: string;
  identities: string;
  kind: string;
  value: string;
  firstSeen: string;
  source: string;
  holdings: string;
  reference: string;
  status: string;
  balance: string;
  consents: string;
  channel: string;
  purpose: string;
  state: string;
  how: string;
  recordedBy: string;
  note: string;
  conversations: string;
  withoutConversation: string;
  from: string;
  to: string;
  duration: string;
  recording: string;
  transcript: string;
  attachments: string;
  noFile: string;
  redacted: string;
  access: string;
  when: string;
  who: string;
  what: string;
  system: string;
  none: string;
  everyChannel: string;
  directions: Record<"inbound" | "outbound" | "internal", string>;
  /** Identity kinds are channels too (email, phone, facebook, twitter, forum). */
  channels: Record<Channel, string>;
  kinds: Record<TimelineKind, string>;
  purposes: Record<ConsentPurpose, string>;
  states: Record<ConsentState, string>;
  hows: Record<ConsentHow, string>;
}

const de: ExportLabels = {
  title: "Auskunft über gespeicherte Daten",
  intro:
    "Diese Aufstellung enthält alle Daten, die unser Kundenservice über Sie gespeichert hat (Art. 15 DSGVO). Die maschinenlesbare Fassung liegt als export.json bei (Art. 20 DSGVO).",
  generatedAt: "Erstellt am",
  person: "Person",
  name: "Name",
  customerNumber: "Kundennummer",
  birthDate: "Geburtsdatum",
  postalAddress: "Anschrift",
  language: "Sprache",
  createdAt: "Angelegt am",
  mergedRecords: "Zusammengeführte Datensätze",
  identities: "Kontaktadressen und Konten",
  kind: "Art",
  value: "Wert",
  firstSeen: "Zuerst gesehen",
  source: "Herkunft",
  holdings: "Verträge und Produkte",
  reference: "Nummer",
  status: "Status",
  balance: "Saldo",
  consents: "Einwilligungen",
  channel: "Kanal",
  purpose: "Zweck",
  state: "Stand",
  how: "Wie",
  recordedBy: "Erfasst von",
  note: "Notiz",
  conversations: "Gespräche und Nachrichten",
  withoutConversation: "Weitere Einträge",
  from: "Von",
  to: "An",
  duration: "Dauer",
  recording: "Aufzeichnung",
  transcript: "Abschrift",
  attachments: "Anhänge",
  noFile: "Datei nicht enthalten",
  redacted: "Inhalt entfernt (Löschung oder Aufbewahrungsfrist)",
  access: "Zugriffe auf Ihre Daten",
  when: "Wann",
  who: "Wer",
  what: "Was",
  system: "System",
  none: "Keine Einträge.",
  everyChannel: "alle Kanäle",
  directions: { inbound: "von Ihnen", outbound: "an Sie", internal: "intern" },
  channels: {
    email: "E-Mail",
    phone: "Telefon",
    facebook: "Facebook",
    twitter: "X (Twitter)",
    forum: "Forum",
    internal: "intern",
  },
  kinds: {
    message: "Nachricht",
    call: "Anruf",
    voicemail: "Sprachnachricht",
    forum_post: "Forenbeitrag",
    note: "interne Notiz",
    status_change: "Statusänderung",
    assignment: "Zuweisung",
    merge: "Zusammenführung",
    unmerge: "Zusammenführung aufgehoben",
    caller_attached: "Anruf zugeordnet",
  },
  purposes: { service: "Service", marketing: "Werbung", recording: "Gesprächsaufzeichnung" },
  states: { granted: "erteilt", withdrawn: "widerrufen" },
  hows: {
    agent: "im Gespräch",
    letter: "per Brief",
    web: "über die Website",
    unsubscribe: "Abmeldelink",
    "customer-keyword": "per Nachricht (z. B. STOP)",
    import: "aus dem Kernsystem",
  },
};

const en: ExportLabels = {
  title: "Your data: access report",
  intro:
    "This document lists all data our customer service holds about you (GDPR Art. 15). The machine-readable version is enclosed as export.json (GDPR Art. 20).",
  generatedAt: "Generated on",
  person: "Person",
  name: "Name",
  customerNumber: "Customer number",
  birthDate: "Date of birth",
  postalAddress: "Postal address",
  language: "Language",
  createdAt: "Created on",
  mergedRecords: "Merged records",
  identities: "Contact addresses and accounts",
  kind: "Kind",
  value: "Value",
  firstSeen: "First seen",
  source: "Source",
  holdings: "Contracts and products",
  reference: "Number",
  status: "Status",
  balance: "Balance",
  consents: "Consents",
  channel: "Channel",
  purpose: "Purpose",
  state: "State",
  how: "How",
  recordedBy: "Recorded by",
  note: "Note",
  conversations: "Conversations and messages",
  withoutConversation: "Further entries",
  from: "From",
  to: "To",
  duration: "Duration",
  recording: "Recording",
  transcript: "Transcript",
  attachments: "Attachments",
  noFile: "file not included",
  redacted: "Content removed (erasure or retention period)",
  access: "Access to your data",
  when: "When",
  who: "Who",
  what: "What",
  system: "System",
  none: "No entries.",
  everyChannel: "every channel",
  directions: { inbound: "from you", outbound: "to you", internal: "internal" },
  channels: {
    email: "Email",
    phone: "Phone",
    facebook: "Facebook",
    twitter: "X (Twitter)",
    forum: "Forum",
    internal: "internal",
  },
  kinds: {
    message: "Message",
    call: "Call",
    voicemail: "Voicemail",
    forum_post: "Forum post",
    note: "Internal note",
    status_change: "Status change",
    assignment: "Assignment",
    merge: "Merge",
    unmerge: "Merge undone",
    caller_attached: "Call filed",
  },
  purposes: { service: "Service", marketing: "Marketing", recording: "Call recording" },
  states: { granted: "granted", withdrawn: "withdrawn" },
  hows: {
    agent: "in conversation",
    letter: "by letter",
    web: "on the website",
    unsubscribe: "unsubscribe link",
    "customer-keyword": "by message (e.g. STOP)",
    import: "from the system of record",
  },
};

export const EXPORT_LABELS: Record<ExportLanguage, ExportLabels> = { de, en };
