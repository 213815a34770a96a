/** What simulated customers write to the demo mailbox: everyday banking questions, German and English. */
export const DEMO_MAILS = [
  {
    subject: "Dauerauftrag ändern",
    text: "Guten Tag,\n\nich möchte den Betrag meines Dauerauftrags für die Miete ab dem nächsten Monat auf 950 € ändern. Geht das auch über die App?\n\nViele Grüße",
  },
  {
    subject: "Frage zur Kontoauszugsgebühr",
    text: "Hallo,\n\nauf meinem letzten Kontoauszug ist eine Gebühr von 2,50 € aufgeführt, die ich mir nicht erklären kann. Können Sie mir sagen, wofür die berechnet wurde?\n\nDanke und freundliche Grüße",
  },
  {
    subject: "Card declined abroad",
    text: "Hello,\n\nmy debit card was declined twice today at a shop in Vienna. Is there a limit for payments abroad that I need to change?\n\nBest regards",
  },
  {
    subject: "Neue Adresse",
    text: "Sehr geehrte Damen und Herren,\n\nich bin umgezogen. Meine neue Anschrift lautet: Lindenstraße 12, 50674 Köln. Bitte passen Sie meine Daten an.\n\nMit freundlichen Grüßen",
  },
  {
    subject: "Termin Baufinanzierung",
    text: "Hallo,\n\nwir interessieren uns für eine Baufinanzierung und hätten gern einen Beratungstermin, am liebsten an einem Donnerstagnachmittag.\n\nViele Grüße",
  },
] as const;
