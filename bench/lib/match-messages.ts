/**
 * What the evaluation set's customers write: sixteen everyday banking problems in German and
 * English, each in a few wordings, so two people with the same problem share words as often as
 * one person writing twice does. The app outage is the hard case: many people write about it
 * within the same hour.
 */
export interface Topic {
  de: readonly string[];
  en: readonly string[];
}

export const TOPICS: readonly Topic[] = [
  {
    de: [
      "Meine Karte wurde am Automaten eingezogen, was kann ich tun?",
      "Der Geldautomat hat meine Girocard behalten.",
    ],
    en: ["The cash machine swallowed my card, what should I do?", "My debit card was retained by the ATM."],
  },
  {
    de: [
      "Ich habe eine Abbuchung, die ich nicht kenne, bitte prüfen.",
      "Unbekannte Abbuchung von 49,99 auf meinem Konto.",
    ],
    en: ["There is a payment on my account I don't recognise.", "Unknown charge of 49.99 on my statement."],
  },
  {
    de: [
      "Meine Überweisung ist seit drei Tagen nicht angekommen.",
      "Überweisung an meinen Vermieter fehlt noch.",
    ],
    en: ["My transfer still hasn't arrived after three days.", "The transfer to my landlord is missing."],
  },
  {
    de: [
      "Ich bin umgezogen und möchte meine Adresse ändern.",
      "Bitte neue Anschrift eintragen, bin umgezogen.",
    ],
    en: ["I moved house and need to update my address.", "Please change my address, I have moved."],
  },
  {
    de: ["Wie hoch ist der Dispo auf meinem Girokonto?", "Kann ich meinen Dispokredit erhöhen?"],
    en: ["Can I increase my overdraft limit?", "What is the overdraft on my current account?"],
  },
  {
    de: ["Ich möchte ein Tagesgeldkonto eröffnen.", "Wie eröffne ich ein Tagesgeldkonto bei euch?"],
    en: ["I would like to open a savings account.", "How do I open a savings account with you?"],
  },
  {
    de: ["Meine neue PIN ist noch nicht angekommen.", "PIN-Brief fehlt, Karte ist schon da."],
    en: ["My new PIN never arrived in the post.", "Got the card but the PIN letter is missing."],
  },
  {
    de: ["Die Kontoführungsgebühr wurde doppelt abgebucht.", "Warum zahle ich zweimal Kontoführungsgebühr?"],
    en: ["The account fee was charged twice this month.", "Why was I charged the monthly fee twice?"],
  },
  {
    de: ["Ich brauche eine Bescheinigung für das Finanzamt.", "Bitte Jahressteuerbescheinigung schicken."],
    en: ["I need a tax certificate for my accountant.", "Please send me the annual tax statement."],
  },
  {
    de: [
      "Kreditkarte im Urlaub abgelehnt, bitte entsperren.",
      "Meine Kreditkarte funktioniert in Spanien nicht.",
    ],
    en: [
      "My credit card was declined abroad, please unblock it.",
      "Credit card not working on holiday in Spain.",
    ],
  },
  {
    de: ["Ich möchte mein Konto kündigen.", "Bitte mein Girokonto zum Monatsende auflösen."],
    en: ["I want to close my account.", "Please close my current account at the end of the month."],
  },
  {
    de: [
      "Der Dauerauftrag für die Miete ist nicht ausgeführt worden.",
      "Mein Dauerauftrag lief diesen Monat nicht.",
    ],
    en: ["My standing order for the rent did not go out.", "Standing order was not paid this month."],
  },
  {
    de: ["Wie lange dauert eine Auslandsüberweisung in die Türkei?", "Auslandsüberweisung hängt fest."],
    en: ["How long does an international transfer take?", "International payment seems to be stuck."],
  },
  {
    de: [
      "Ich habe eine Phishing-Mail bekommen, ist die von euch?",
      "Verdächtige SMS im Namen der Bank erhalten.",
    ],
    en: ["I got a phishing email that looks like yours.", "Suspicious text message claiming to be the bank."],
  },
  {
    de: ["Kontoauszug für März fehlt im Postfach.", "Wo finde ich meine Kontoauszüge?"],
    en: ["My March statement is missing.", "Where can I find my bank statements?"],
  },
  {
    de: [
      "Ich möchte eine Vollmacht für meine Mutter einrichten.",
      "Vollmacht für meinen Sohn, wie geht das?",
    ],
    en: ["I want to set up power of attorney for my mother.", "How do I give my son access to my account?"],
  },
];

export const APP_OUTAGE: Topic = {
  de: [
    "Die App lässt mich seit heute früh nicht einloggen.",
    "Login in der Banking-App geht nicht, Fehlermeldung.",
  ],
  en: ["The app won't let me log in since this morning.", "Can't log into the banking app, error message."],
};

/** When the app was down: many unrelated people write within this hour. */
export const APP_OUTAGE_FROM = Date.parse("2026-11-17T08:00:00Z");

export const GREETINGS = {
  de: ["Hallo,", "Guten Tag,", "Hi,", "Sehr geehrte Damen und Herren,"],
  en: ["Hi,", "Hello,", "Dear Sir or Madam,"],
} as const;
export const CLOSINGS = {
  de: ["Viele Grüße", "Mit freundlichen Grüßen", "LG", "Danke!"],
  en: ["Best regards", "Thanks", "Kind regards", "Cheers"],
} as const;
