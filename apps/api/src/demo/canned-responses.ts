import type { DemoTeamName, Locale } from "./types.ts";

export interface DemoCannedResponse {
  title: string;
  body: string;
  shortcut: string | null;
  /** null: suits both languages. */
  locale: Locale | null;
  /** null: for every team. */
  team: DemoTeamName | null;
}

/** What a bank's service desk answers every day, in German and English, with placeholders. */
export function demoCannedResponses(): DemoCannedResponse[] {
  return [
    {
      title: "Begrüßung",
      shortcut: "hallo",
      locale: "de",
      team: null,
      body: "Guten Tag {{customer.name}},\n\nvielen Dank für Ihre Nachricht.",
    },
    {
      title: "Greeting",
      shortcut: "hallo",
      locale: "en",
      team: null,
      body: "Hello {{customer.firstName}},\n\nthank you for getting in touch.",
    },
    {
      title: "Karte gesperrt – neue Karte unterwegs",
      shortcut: "karte",
      locale: "de",
      team: "Karten & Zahlungsverkehr",
      body:
        "Guten Tag {{customer.name}},\n\nwir haben Ihre Karte gesperrt. Ihre neue Karte ist unterwegs und " +
        "kommt in 5–7 Werktagen bei Ihnen an, die PIN erhalten Sie getrennt per Post.\n\n" +
        "Mit freundlichen Grüßen\n{{agent.name}}",
    },
    {
      title: "Card blocked – replacement on its way",
      shortcut: "karte",
      locale: "en",
      team: "Karten & Zahlungsverkehr",
      body:
        "Hello {{customer.firstName}},\n\nwe have blocked your card. A replacement is on its way and " +
        "should arrive within 5–7 working days; the PIN follows in a separate letter.\n\n" +
        "Kind regards\n{{agent.name}}",
    },
    {
      title: "Überweisung: Bearbeitungszeit",
      shortcut: "ueberweisung",
      locale: "de",
      team: null,
      body:
        "Guten Tag {{customer.name}},\n\nSEPA-Überweisungen sind in der Regel am nächsten Bankarbeitstag " +
        "gutgeschrieben. Echtzeitüberweisungen kommen innerhalb von Sekunden an.\n\n" +
        "Mit freundlichen Grüßen\n{{agent.name}}",
    },
    {
      title: "Rückruf vereinbart",
      shortcut: "rueckruf",
      locale: "de",
      team: "Privatkunden",
      body:
        "Guten Tag {{customer.name}},\n\nwie besprochen rufen wir Sie zurück. Falls die Zeit nicht mehr " +
        "passt, antworten Sie einfach auf diese Nachricht.\n\nViele Grüße\n{{agent.name}}",
    },
    {
      title: "Social media: move to a private message",
      shortcut: "dm",
      locale: null,
      team: "Social Media",
      body:
        "Hi {{customer.firstName}}, we'd like to help – please send us a private message so we can look " +
        "into your account without sharing details in public. ^{{agent.name}}",
    },
    {
      title: "Abschluss mit Bitte um Rückmeldung",
      shortcut: "danke",
      locale: "de",
      team: null,
      body:
        "Wir hoffen, wir konnten Ihnen weiterhelfen. Wenn noch etwas offen ist, antworten Sie einfach auf " +
        "diese Nachricht.\n\nMit freundlichen Grüßen\n{{agent.name}}\nIhr Kundenservice",
    },
  ];
}
