import type { TopicCatalog } from "./topics.ts";

type PaymentTopics =
  "card_blocked" | "sepa_missing" | "transfer_recall" | "fees_complaint" | "statements_missing";

export const TOPICS_DE_PAYMENTS: Pick<TopicCatalog, PaymentTopics> = {
  card_blocked: {
    subjects: [
      "Karte beim Bezahlen abgelehnt – dringend!",
      "Kreditkarte verloren",
      "girocard funktioniert nicht mehr",
    ],
    openings: [
      "meine Karte mit der Endung {last4} wurde heute an der Kasse abgelehnt, obwohl genug Geld auf dem Konto ist. In der App steht nur „vorübergehend gesperrt“. Was ist da los? Ich bin gerade in {city} und brauche die Karte dringend.",
      "ich habe gestern Abend meine Geldbörse verloren, darin war auch meine Visa-Karte (Endung {last4}). Ich habe sie in der App gesperrt, bin mir aber nicht sicher, ob das geklappt hat. Bitte bestätigen Sie mir die Sperre und schicken Sie mir eine neue Karte.",
      "seit dem {date} kann ich mit meiner Karte ({last4}) nicht mehr kontaktlos bezahlen, und am Automaten kommt „Karte ungültig“. Muss ich eine neue bestellen?",
    ],
    followUps: [
      "Danke für die schnelle Antwort. Wann genau kommt die neue Karte an? Bis dahin komme ich nicht an Bargeld.",
      "Die neue Karte ist da, aber die PIN noch nicht. Ist das normal?",
      "Ich warte jetzt seit über einer Woche auf die Ersatzkarte. Langsam wird es ärgerlich.",
    ],
    replies: [
      "Ihre Karte mit der Endung {last4} haben wir aus Sicherheitsgründen gesperrt, weil uns eine ungewöhnliche Zahlung über {amount} aufgefallen ist. Eine neue Karte ist beauftragt und sollte in 5–7 Werktagen bei Ihnen sein. Die PIN erhalten Sie separat per Post.",
      "die Sperre Ihrer Karte ({last4}) ist aktiv – niemand kann sie mehr nutzen. Die Ersatzkarte geht an Ihre hinterlegte Adresse. Bis dahin können Sie mit der virtuellen Karte in der App per Apple Pay oder Google Pay bezahlen.",
    ],
    shorts: [
      "Meine Karte wurde einfach gesperrt und ich stehe im Supermarkt ohne Geld da. Super Service… 😡",
      "Hallo, ich habe meine Kreditkarte verloren. Wie sperre ich sie, wenn die App gerade nicht geht?",
      "Karte {last4} seit {date} gesperrt und niemand meldet sich. Was soll das?",
    ],
    shortReplies: [
      "Das tut uns leid! Schick uns bitte eine Direktnachricht mit deinem Namen, dann schauen wir uns die Sperre sofort an. ^{agent}",
      "Hallo {firstName}, deine Karte ist gesperrt und eine neue ist unterwegs. Mit der virtuellen Karte in der App kannst du bis dahin zahlen. ^{agent}",
    ],
    call: [
      "Ja, guten Tag, meine Karte ist weg. Ich glaube, sie wurde mir in der S-Bahn gestohlen.",
      "Das tut mir leid. Ich sperre die Karte mit der Endung {last4} jetzt sofort … So, die Karte ist gesperrt.",
      "Gott sei Dank. Und bekomme ich eine neue?",
      "Ja, die Ersatzkarte kommt in fünf bis sieben Werktagen, die PIN separat per Post.",
    ],
    voicemails: [
      "Hallo, hier ist {fullName}. Ich rufe wegen meiner gesperrten Karte an, Endung {last4}. Bitte rufen Sie mich zurück, ich bin bis 18 Uhr erreichbar. Danke.",
    ],
    community: [
      "Hatte ich letzten Monat auch. Bei mir war es die Betrugsprävention – ein Anruf bei der Hotline und die Karte war nach zehn Minuten wieder frei.",
      "Schau mal in der App unter Karten → Einstellungen, ob vielleicht nur das Auslandslimit gesperrt ist.",
    ],
  },
  sepa_missing: {
    subjects: ["Überweisung nicht angekommen", "SEPA-Überweisung seit Tagen unterwegs – Mahngebühr droht"],
    openings: [
      "ich habe am {date} {amount} an {recipient} überwiesen. Der Betrag ist von meinem Konto abgebucht, beim Empfänger aber bis heute nicht angekommen. Können Sie bitte nachforschen, wo das Geld ist?",
      "meine SEPA-Überweisung über {amount} vom {date} ist laut Empfänger ({recipient}) nicht eingegangen. Jetzt droht eine Mahngebühr. Bitte helfen Sie mir schnell.",
    ],
    followUps: [
      "Der Empfänger sagt, das Geld ist immer noch nicht da. Können Sie mir einen Zahlungsnachweis schicken?",
      "Vielen Dank, das Geld ist inzwischen angekommen!",
    ],
    replies: [
      "wir haben Ihre Überweisung über {amount} geprüft: Sie wurde am {date} ordnungsgemäß ausgeführt. Die Gutschrift liegt jetzt bei der Bank des Empfängers. Unter der Vorgangsnummer {refNo} haben wir dort eine Nachforschung gestartet.",
      "die Zahlung an {recipient} ist bei uns ausgeführt. Manche Banken schreiben SEPA-Zahlungen erst am nächsten Geschäftstag gut. Einen Zahlungsnachweis finden Sie in der App unter Umsätze → Details → PDF.",
    ],
    shorts: [
      "Seit {date} warte ich auf eine Überweisung von euch. Wie lange dauert SEPA eigentlich bei euch, drei Wochen? 🙄",
      "Überweisung über {amount} ist abgebucht, aber nicht beim Empfänger angekommen. An wen wende ich mich?",
    ],
    shortReplies: [
      "Das schauen wir uns an! Schick uns bitte per DM Datum und Betrag der Überweisung – bitte keine IBAN öffentlich posten. ^{agent}",
    ],
    call: [
      "Ich habe vor einer Woche Geld überwiesen, und es ist immer noch nicht da.",
      "Ich sehe die Überweisung über {amount} an {recipient}, ausgeführt am {date}. Ich starte eine Nachforschung.",
      "Wie lange dauert das?",
      "Meist zwei bis drei Werktage. Ihre Vorgangsnummer ist {refNo}.",
    ],
    voicemails: [
      "Guten Tag, {fullName} hier. Es geht um eine Überweisung über {amount}, die nicht angekommen ist. Rückruf wäre nett. Tschüss.",
    ],
    community: [
      "Bei Überweisungen ins Ausland kann das schon mal länger dauern. Innerhalb Deutschlands ist es eigentlich immer am nächsten Tag da.",
      "Frag mal beim Empfänger nach, ob die IBAN wirklich stimmt. Bei mir war es ein Zahlendreher.",
    ],
  },
  transfer_recall: {
    subjects: ["Rückruf einer Überweisung – falscher Empfänger", "Betrug – bitte Überweisung stoppen!"],
    openings: [
      "ich habe heute versehentlich {amount} an den falschen Empfänger überwiesen – Zahlendreher in der IBAN. Bitte rufen Sie die Überweisung sofort zurück!",
      "ich bin auf eine Betrugsmasche hereingefallen und habe {amount} an einen angeblichen Händler überwiesen. Kann die Überweisung noch gestoppt werden?",
    ],
    followUps: [
      "Gibt es schon etwas Neues zum Rückruf? Das ist viel Geld für mich.",
      "Ich habe inzwischen auch Anzeige bei der Polizei erstattet. Brauchen Sie das Aktenzeichen?",
    ],
    replies: [
      "wir haben den Rückruf Ihrer Überweisung über {amount} unter der Vorgangsnummer {refNo} an die Empfängerbank gegeben. Da die Zahlung bereits ausgeführt war, braucht die Empfängerbank die Zustimmung des Empfängers. Wir melden uns, sobald wir Antwort haben.",
      "leider konnten wir die Zahlung nicht mehr anhalten. Den Rückruf haben wir gestartet ({refNo}); eine Gutschrift ist aber nicht garantiert. Bitte erstatten Sie bei Betrug zusätzlich Anzeige.",
    ],
    shorts: [
      "Hilfe, ich habe Geld an die falsche IBAN überwiesen! Wie schnell könnt ihr das zurückholen?",
      "Habe euch wegen eines Überweisungsrückrufs geschrieben und seit 3 Tagen keine Antwort. Ernsthaft?",
    ],
    shortReplies: [
      "Bitte ruf uns direkt an (069 9071 2340), dann stoßen wir den Rückruf sofort an. ^{agent}",
    ],
    call: [
      "Ich habe gerade Geld an die falsche Person überwiesen, können Sie das stoppen?",
      "Ich schaue sofort nach. Die Überweisung über {amount} ist schon raus, ich starte den Rückruf.",
      "Und bekomme ich das Geld sicher zurück?",
      "Das hängt vom Empfänger ab. Ihre Vorgangsnummer ist {refNo}, wir melden uns.",
    ],
    voicemails: [
      "Hallo, hier ist {fullName}. Ich habe eine Überweisung an einen falschen Empfänger geschickt. Bitte dringend zurückrufen!",
    ],
    community: [
      "Ruf am besten sofort an. Bei mir hat der Rückruf geklappt, weil der Empfänger zugestimmt hat.",
    ],
  },
  fees_complaint: {
    subjects: ["Beschwerde: Kontoführungsgebühren", "Gebührenerhöhung – Kündigung"],
    openings: [
      "auf meinem Kontoauszug für {month} sehe ich Kontoführungsgebühren von {fee}. Mein Konto war immer kostenlos! Ich habe keiner Preisänderung zugestimmt. Bitte erstatten Sie die Gebühren.",
      "ich bin seit Jahren Kunde und jetzt werden mir jeden Monat {fee} abgezogen. Wenn das so bleibt, kündige ich mein Girokonto.",
    ],
    followUps: [
      "Ihre Antwort hilft mir nicht weiter. Ich bitte um Rückruf durch einen Vorgesetzten.",
      "Danke für die Erstattung, damit ist die Sache für mich erledigt.",
    ],
    replies: [
      "wir haben Sie am {date} über die neuen Preise informiert. Als Geste des Entgegenkommens erstatten wir Ihnen die Gebühr für {month} ({fee}). Mit dem Girokonto Plus und einem Geldeingang ab 700 € im Monat ist Ihr Konto weiterhin kostenlos.",
      "Ihre Beschwerde haben wir unter {refNo} aufgenommen. Die Gebühr von {fee} fällt an, weil im {month} kein Gehaltseingang verbucht wurde. Gerne prüfen wir ein anderes Kontomodell für Sie.",
    ],
    shorts: [
      "{fee} Kontoführungsgebühr im Monat?! Ihr wart mal die Bank ohne Gebühren. Bin raus. 👋",
      "Warum werden mir auf einmal Gebühren abgebucht? Hab nie zugestimmt.",
      "Kontoführungsgebühren erhöht, Filiale geschlossen, Hotline ewig besetzt. Danke für nichts.",
    ],
    shortReplies: [
      "Schade, dass du unzufrieden bist! Schreib uns per DM, dann prüfen wir, ob ein anderes Kontomodell für dich günstiger ist. ^{agent}",
    ],
    call: [
      "Ich will wissen, warum mir plötzlich {fee} im Monat berechnet werden.",
      "Ich verstehe Ihren Ärger. Seit der Preisänderung ist das Konto ohne Gehaltseingang kostenpflichtig.",
      "Das wusste ich nicht. Was kann ich tun?",
      "Ich erstatte Ihnen den {month} einmalig und stelle Ihr Konto auf Girokonto Plus um.",
    ],
    voicemails: [
      "Ja, {fullName} hier, ich möchte mich über die neuen Kontoführungsgebühren beschweren. Rufen Sie mich bitte zurück.",
    ],
    community: [
      "Mit einem monatlichen Geldeingang ab 700 € ist das Konto weiterhin kostenlos, steht im Preisaushang.",
      "Die Info kam per Post im Frühjahr. Widersprechen kann man, dann wird aber das Konto gekündigt.",
    ],
  },
  statements_missing: {
    subjects: ["Kontoauszüge fehlen seit {month}", "Kontoauszüge für Mietantrag – Download geht nicht"],
    openings: [
      "in meinem elektronischen Postfach fehlen die Kontoauszüge seit {month}. Ich brauche sie dringend für die Steuererklärung. Können Sie mir die Auszüge zuschicken?",
      "für meinen Mietantrag brauche ich die Kontoauszüge der letzten drei Monate, aber der Download in der App bricht immer ab. Können Sie mir die PDFs per Post schicken?",
    ],
    followUps: ["Die Auszüge sind jetzt da, vielen Dank!", "Leider fehlt immer noch der Auszug für {month}."],
    replies: [
      "die Kontoauszüge ab {month} haben wir neu erzeugt; sie stehen jetzt in Ihrem Postfach im Online-Banking. Zusätzlich schicken wir Ihnen Kopien per Post – das ist einmalig kostenlos.",
      "es gab eine technische Störung bei der Bereitstellung der Auszüge. Die fehlenden Dokumente sind jetzt wieder abrufbar.",
    ],
    shorts: [
      "Wo sind meine Kontoauszüge? Seit {month} ist das Postfach leer.",
      "Brauche dringend Kontoauszüge für die Wohnungsbewerbung, der Download geht nicht. Wie komme ich da ran?",
    ],
    shortReplies: [
      "Die Auszüge sind wieder im Postfach im Online-Banking. Falls noch etwas fehlt, schreib uns eine DM. ^{agent}",
    ],
    call: [
      "Mir fehlen die Kontoauszüge seit {month}.",
      "Ich sehe, da gab es eine Störung. Ich stoße die Erzeugung neu an, morgen sind sie im Postfach.",
      "Können Sie sie mir auch per Post schicken?",
      "Gerne, an Ihre hinterlegte Adresse. Dann ist das morgen unterwegs.",
    ],
    voicemails: ["Guten Tag, hier ist {fullName}. Mir fehlen Kontoauszüge, bitte um Rückruf."],
    community: ["Bei mir waren die Auszüge unter Postfach → Archiv gelandet. Schau da mal nach."],
  },
};
