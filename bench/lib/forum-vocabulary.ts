/**
 * What a bank's community forum talks about, for the community suggestions bench: problems as
 * customers title and describe them and as other members answer them, German and English, several
 * sharing words ("Karte", "App", "Konto") as real forum topics do. Each problem has two wordings of
 * its question, so topics about one problem do not all read alike.
 */
export interface ForumProblem {
  language: "de" | "en";
  titles: readonly [string, string];
  questions: readonly [string, string];
  answers: readonly [string, string];
}

export const forumProblems: readonly ForumProblem[] = [
  {
    language: "de",
    titles: ["Karte nach falscher PIN gesperrt", "Girokarte gesperrt – PIN dreimal falsch"],
    questions: [
      "ich habe dreimal die falsche PIN eingegeben und jetzt ist meine Karte gesperrt.",
      "meine Girokarte wurde am Automaten gesperrt, weil die PIN falsch war. Wie entsperre ich sie?",
    ],
    answers: [
      "In der App unter Karten die Karte entsperren, danach gilt die alte PIN wieder.",
      "Die Sperre nach falscher PIN hebt sich am nächsten Tag auf, wenn du die richtige PIN am Automaten eingibst.",
    ],
  },
  {
    language: "de",
    titles: ["Push-TAN auf neues Handy umziehen", "Neues Smartphone: Push-TAN einrichten"],
    questions: [
      "ich habe ein neues Smartphone. Wie ziehe ich die Push-TAN-App um?",
      "nach dem Handywechsel bekomme ich keine Push-TAN mehr. Was muss ich tun?",
    ],
    answers: [
      "Im Online-Banking unter Sicherheit ein neues Gerät registrieren, der Aktivierungsbrief kommt per Post.",
      "Alte App zuerst abmelden, dann auf dem neuen Handy mit dem Aktivierungscode neu einrichten.",
    ],
  },
  {
    language: "de",
    titles: ["Sparplan pausieren?", "ETF-Sparplan aussetzen ohne Kündigung"],
    questions: [
      "kann man einen ETF-Sparplan für ein paar Monate aussetzen, ohne ihn zu kündigen?",
      "ich möchte meinen Sparplan im Depot kurz pausieren. Geht das online?",
    ],
    answers: [
      "Ja, im Depot unter Sparpläne den Plan auswählen und Aussetzen bis Monat wählen.",
      "Pausieren geht bis zu zwölf Monate, danach läuft der Sparplan automatisch weiter.",
    ],
  },
  {
    language: "de",
    titles: ["Überweisung zurückholen", "Falsche IBAN bei Überweisung"],
    questions: [
      "ich habe eine Überweisung an die falsche IBAN geschickt. Kann ich das Geld zurückholen?",
      "meine Überweisung ging an einen falschen Empfänger, wie bekomme ich sie zurück?",
    ],
    answers: [
      "Ein Rückruf der Überweisung geht nur, solange sie nicht ausgeführt ist, sonst braucht es die Zustimmung des Empfängers.",
      "Sofort beim Kundenservice einen Überweisungsrückruf beauftragen, das kostet eine kleine Gebühr.",
    ],
  },
  {
    language: "de",
    titles: ["Kontoauszüge fehlen im Postfach", "Keine Kontoauszüge seit März"],
    questions: [
      "seit März finde ich keine Kontoauszüge mehr im elektronischen Postfach.",
      "meine monatlichen Kontoauszüge sind nicht mehr im Postfach, wo finde ich sie?",
    ],
    answers: [
      "Unter Postfach den Filter auf alle Dokumente stellen, die Kontoauszüge liegen im Archiv.",
      "Die Kontoauszüge kommen seit der Umstellung quartalsweise, einzelne kann man im Banking abrufen.",
    ],
  },
  {
    language: "de",
    titles: ["App stürzt beim Start ab", "Banking-App schließt sich sofort"],
    questions: [
      "seit dem letzten Update stürzt die Banking-App beim Start sofort ab.",
      "die App schließt sich direkt nach dem Öffnen, neu installieren hilft nicht.",
    ],
    answers: [
      "App-Cache leeren und das Betriebssystem aktualisieren, danach startet die App wieder.",
      "Das Update 5.2 hatte einen Fehler, Version 5.2.1 behebt den Absturz beim Start.",
    ],
  },
  {
    language: "de",
    titles: ["Lastschrift zurückgeben", "Unberechtigte Lastschrift widersprechen"],
    questions: [
      "auf meinem Konto ist eine Lastschrift, die ich nicht kenne. Wie gebe ich sie zurück?",
      "ein Unternehmen hat per Lastschrift abgebucht, obwohl ich gekündigt habe.",
    ],
    answers: [
      "Eine SEPA-Lastschrift kannst du acht Wochen lang ohne Angabe von Gründen zurückgeben, im Umsatz auf Zurückgeben tippen.",
      "Bei einer unberechtigten Lastschrift gilt sogar eine Frist von dreizehn Monaten.",
    ],
  },
  {
    language: "de",
    titles: ["Kontoführungsgebühr erhöht", "Warum steigen die Kontogebühren?"],
    questions: [
      "mein Konto kostet plötzlich mehr, die Kontoführungsgebühr wurde erhöht.",
      "warum zahle ich jetzt Gebühren für das Girokonto, das war doch kostenlos?",
    ],
    answers: [
      "Mit Gehaltseingang über 700 Euro bleibt das Konto kostenlos, steht im Preisaushang.",
      "Die neuen Gebühren gelten seit April, du kannst der Änderung widersprechen und das Konto kündigen.",
    ],
  },
  {
    language: "de",
    titles: ["Adresse ändern nach Umzug", "Umzug: neue Anschrift eintragen"],
    questions: [
      "ich bin umgezogen. Wo ändere ich meine Adresse?",
      "nach dem Umzug kommt die Post noch an die alte Anschrift.",
    ],
    answers: [
      "Im Online-Banking unter Persönliche Daten die Adresse ändern, die Bestätigung kommt per Post.",
      "Die neue Anschrift kannst du auch in der Filiale mit Meldebescheinigung eintragen lassen.",
    ],
  },
  {
    language: "de",
    titles: ["Kredit vorzeitig ablösen", "Sondertilgung beim Ratenkredit"],
    questions: [
      "kann ich meinen Ratenkredit vorzeitig ablösen und was kostet das?",
      "ich möchte eine Sondertilgung für meinen Kredit machen.",
    ],
    answers: [
      "Vorzeitige Rückzahlung geht jederzeit, die Vorfälligkeitsentschädigung ist höchstens ein Prozent.",
      "Sondertilgungen kannst du im Banking unter Kredite beauftragen.",
    ],
  },
  {
    language: "de",
    titles: ["Kartenzahlung im Ausland abgelehnt", "Karte im Urlaub funktioniert nicht"],
    questions: [
      "im Urlaub in Italien wurde meine Kartenzahlung an der Kasse abgelehnt.",
      "meine Karte funktioniert im Ausland nicht, Geld abheben geht auch nicht.",
    ],
    answers: [
      "In der App unter Karten das Länderprofil auf Weltweit stellen, dann geht die Zahlung im Ausland.",
      "Das Geoblocking der Karte ist standardmäßig auf Europa eingestellt.",
    ],
  },
  {
    language: "de",
    titles: ["Dauerauftrag ändern", "Dauerauftrag Betrag anpassen"],
    questions: [
      "wie ändere ich den Betrag eines Dauerauftrags für die Miete?",
      "mein Dauerauftrag soll ab nächsten Monat an ein anderes Konto gehen.",
    ],
    answers: [
      "Unter Zahlungsverkehr Daueraufträge den Auftrag öffnen und Bearbeiten wählen.",
      "Einen Dauerauftrag kann man bis einen Tag vor Ausführung ändern.",
    ],
  },
  {
    language: "en",
    titles: ["Card blocked after wrong PIN", "Debit card locked – entered PIN wrong three times"],
    questions: [
      "I typed the wrong PIN three times and now my debit card is blocked.",
      "my card got locked at the ATM because of a wrong PIN. How do I unblock it?",
    ],
    answers: [
      "Unblock the card in the app under Cards, the PIN stays the same.",
      "The PIN lock resets the next day when you enter the correct PIN at an ATM.",
    ],
  },
  {
    language: "en",
    titles: ["Card abroad fees", "Using my debit card in the US"],
    questions: [
      "does the debit card work in the US without extra fees?",
      "what fees do I pay for card payments abroad outside the euro area?",
    ],
    answers: [
      "Card payments in foreign currency cost 1.5 percent, withdrawals at ATMs abroad are free twice a month.",
      "Set the card region to worldwide in the app before you travel.",
    ],
  },
  {
    language: "en",
    titles: ["Transfer to wrong IBAN", "Recall a bank transfer"],
    questions: [
      "I sent a transfer to the wrong IBAN. Can I get the money back?",
      "how do I recall a transfer that went to the wrong recipient?",
    ],
    answers: [
      "A recall only works before the transfer is executed, otherwise the recipient has to agree.",
      "Ask customer service for a transfer recall right away, there is a small fee.",
    ],
  },
  {
    language: "en",
    titles: ["App crashes on startup", "Banking app closes immediately"],
    questions: [
      "since the last update the banking app crashes right after starting.",
      "the app closes as soon as I open it, reinstalling did not help.",
    ],
    answers: [
      "Clear the app cache and update your phone's system, then the app starts again.",
      "Version 5.2 had a bug, 5.2.1 fixes the crash on startup.",
    ],
  },
];

/** What every forum has besides answers: agreement, thanks and questions back. */
export const forumChatter = {
  de: [
    "Hab genau das gleiche Problem, hat jemand eine Lösung?",
    "Danke, das hat geholfen!",
    "Bei mir war es genauso, nach einem Tag ging es wieder.",
    "Welche Version der App hast du denn?",
    "Hast du schon beim Kundenservice angerufen?",
  ],
  en: [
    "Same problem here, any solution yet?",
    "Thanks, that worked!",
    "Same for me, it worked again after a day.",
    "Which version of the app are you on?",
    "Did you call customer service already?",
  ],
} as const;

/** Everyday words that pad posts, as people write around their point. */
export const forumFiller = {
  de: [
    "heute",
    "gestern",
    "wieder",
    "eigentlich",
    "irgendwie",
    "schon",
    "Woche",
    "Bank",
    "Filiale",
    "Kundenservice",
    "Hotline",
    "Online-Banking",
    "Geld",
    "Termin",
    "Brief",
  ],
  en: [
    "today",
    "yesterday",
    "again",
    "actually",
    "somehow",
    "already",
    "week",
    "bank",
    "branch",
    "support",
    "hotline",
    "online banking",
    "money",
    "appointment",
    "letter",
  ],
} as const;

export const forumGreetings = {
  de: ["Hallo zusammen,", "Hi,", "Moin,", "Hallo,"],
  en: ["Hi all,", "Hello,", "Hi,", "Hey folks,"],
} as const;
export const forumSignOffs = {
  de: ["Viele Grüße", "LG", "Danke im Voraus!", "Gruß"],
  en: ["Thanks in advance!", "Cheers", "Best regards", "Thanks"],
} as const;
