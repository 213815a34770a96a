import type { TopicCatalog } from "./topics.ts";

type DigitalTopics = "login_tan" | "app_crash" | "address_change" | "loan_question" | "etf_savings_plan";

export const TOPICS_DE_DIGITAL: Pick<TopicCatalog, DigitalTopics> = {
  login_tan: {
    subjects: [
      "pushTAN funktioniert nicht",
      "Zugang gesperrt nach falscher PIN",
      "Login ins Online-Banking nicht möglich",
    ],
    openings: [
      "seit dem Wechsel auf mein neues {device} bekomme ich keine pushTAN mehr. Die alte App ist gelöscht, und ich kann keine Überweisung freigeben. Wie richte ich das neu ein?",
      "ich habe dreimal die falsche PIN eingegeben und jetzt ist mein Online-Banking gesperrt. Bitte entsperren Sie den Zugang oder schicken Sie mir eine neue PIN.",
      "beim Login kommt immer „Sitzung abgelaufen“, obwohl ich mich gerade erst angemeldet habe. Browser und Cache habe ich schon gewechselt.",
    ],
    followUps: [
      "Der Aktivierungsbrief ist angekommen, aber der QR-Code wird nicht erkannt.",
      "Hat geklappt, ich komme wieder rein. Danke!",
    ],
    replies: [
      "für die Einrichtung auf einem neuen Gerät schicken wir Ihnen einen Aktivierungsbrief. Er ist am {date} rausgegangen und sollte in 2–3 Werktagen ankommen. Danach scannen Sie den QR-Code in der App unter Einstellungen → pushTAN.",
      "Ihren Zugang haben wir entsperrt. Die neue Online-Banking-PIN kommt aus Sicherheitsgründen per Post. Bitte geben Sie Ihre PIN niemals am Telefon oder per E-Mail weiter – auch nicht an uns.",
      "die Meldung „Sitzung abgelaufen“ kommt meist, wenn die Uhrzeit des Geräts falsch geht oder der Browser Cookies blockiert. Bitte prüfen Sie beides; bis dahin funktioniert die Anmeldung in der App.",
    ],
    shorts: [
      "pushTAN geht seit dem App-Update nicht mehr, ich kann keine einzige Überweisung machen. Wie lange noch?",
      "Online-Banking gesperrt, Hotline 40 Minuten Warteschleife. Geht's noch?",
      "Wie richte ich die pushTAN auf einem neuen Handy ein? Altes ist kaputt.",
    ],
    shortReplies: [
      "Für ein neues Handy brauchst du einen Aktivierungsbrief – den kannst du im Online-Banking unter Sicherheit bestellen. ^{agent}",
      "Sorry für die Wartezeit! Schreib uns per DM, wir helfen dir beim Entsperren. Bitte niemals PIN oder TAN schicken. ^{agent}",
    ],
    call: [
      "Ich komme nicht mehr ins Online-Banking, da steht Zugang gesperrt.",
      "Ich sehe drei falsche PIN-Eingaben. Ich entsperre das, die neue PIN kommt per Post.",
      "Geht das nicht schneller? Ich muss heute noch die Miete überweisen.",
      "Sie können die Überweisung mit Ihrer Karte am Automaten oder in der Filiale machen.",
    ],
    voicemails: [
      "Hallo, {fullName} hier. Meine pushTAN funktioniert nicht mehr, bitte rufen Sie mich zurück.",
    ],
    community: [
      "Für das neue Handy brauchst du einen neuen Aktivierungsbrief, den kann man im Online-Banking bestellen.",
      "Bei mir hat es geholfen, die App komplett neu zu installieren und danach das Handy neu zu starten.",
    ],
  },
  app_crash: {
    subjects: ["Banking-App stürzt nach Update ab", "Fehler in der App-Version {appVersion}"],
    openings: [
      "seit dem Update auf Version {appVersion} stürzt die App auf meinem {device} direkt nach dem Start ab. Neu installieren hat nicht geholfen.",
      "in der App kommt beim Öffnen der Umsätze nur ein weißer Bildschirm. Ich nutze ein {device} mit aktuellem Betriebssystem.",
    ],
    followUps: [
      "Mit dem neuen Update geht es wieder. Danke!",
      "Das Problem besteht weiterhin, auch mit der neuesten Version.",
    ],
    replies: [
      "danke für den Hinweis. Das Problem mit Version {appVersion} auf einigen Geräten ist bekannt; ein Update mit der Korrektur ist im App Store bereits verfügbar. Bis dahin können Sie das Online-Banking im Browser nutzen.",
      "wir haben Ihre Fehlermeldung an unsere App-Entwicklung gegeben (Vorgang {refNo}). Könnten Sie uns noch sagen, welche Betriebssystem-Version Ihr {device} hat?",
    ],
    shorts: [
      "Eure App crasht seit dem letzten Update bei jedem Start. {device}, Version {appVersion}. Fix bitte! 🙏",
      "Kann es sein, dass die App gerade down ist? Komm nicht mehr rein.",
      "Weißer Bildschirm in der Banking-App, schon wieder. Ist das bekannt?",
    ],
    shortReplies: [
      "Danke für den Hinweis! Das Problem mit {appVersion} ist bekannt, ein Update ist unterwegs. Bis dahin klappt es im Browser. ^{agent}",
    ],
    call: [
      "Ihre App geht auf meinem Handy nicht mehr.",
      "Welche Version haben Sie installiert? In den Einstellungen unten steht die Versionsnummer.",
      "Da steht {appVersion}.",
      "Dazu gibt es seit heute ein Update. Bitte aktualisieren Sie die App, dann sollte es wieder gehen.",
    ],
    voicemails: ["Hallo, hier ist {fullName}. Die App stürzt bei mir ständig ab. Bitte melden Sie sich."],
    community: [
      "Gleiches Problem hier mit dem {device}. Seit dem Hotfix von heute Morgen läuft es wieder.",
      "App-Cache leeren hat bei mir geholfen: Einstellungen → Apps → Speicher → Cache löschen.",
    ],
  },
  address_change: {
    subjects: ["Umzug – neue Anschrift", "Adressänderung"],
    openings: [
      "ich bin umgezogen und wohne jetzt in der {street} in {city}. Bitte ändern Sie meine Adresse für alle Konten und Karten. Die Meldebescheinigung hänge ich an.",
      "meine neue Anschrift lautet {street}, {city}. Wo kann ich das im Online-Banking selbst ändern?",
    ],
    followUps: [
      "Wann wird die neue Adresse auch auf den Kontoauszügen angezeigt?",
      "Danke, jetzt stimmt alles.",
    ],
    replies: [
      "Ihre neue Anschrift {street}, {city} haben wir für alle Konten hinterlegt. Zur Bestätigung bekommen Sie einen Brief an die neue Adresse.",
      "Sie können Ihre Adresse im Online-Banking unter Profil → Persönliche Daten ändern; zur Freigabe brauchen Sie eine TAN.",
    ],
    shorts: [
      "Ich bin umgezogen – wie ändere ich meine Adresse bei euch?",
      "Adressänderung vor 3 Wochen geschickt, Post kommt immer noch an die alte Adresse. Hallo?",
    ],
    shortReplies: [
      "Das geht im Online-Banking unter Profil → Persönliche Daten. Bei Problemen schreib uns gern per DM. ^{agent}",
    ],
    call: [
      "Ich möchte meine Adresse ändern, ich bin umgezogen.",
      "Gerne. Wie lautet die neue Anschrift?",
      "{street} in {city}.",
      "Ich habe das eingetragen. Sie bekommen eine Bestätigung per Post.",
    ],
    voicemails: [
      "Guten Tag, hier ist {fullName}, ich möchte eine Adressänderung durchgeben. Bitte zurückrufen.",
    ],
    community: ["Geht ganz einfach im Online-Banking unter Profil, brauchst nur eine TAN."],
  },
  loan_question: {
    subjects: [
      "Sondertilgung für {loanNo}",
      "Anschlussfinanzierung {loanNo}",
      "Beratungstermin Baufinanzierung",
    ],
    openings: [
      "ich möchte für meine Baufinanzierung {loanNo} eine Sondertilgung über {repayment} leisten. Bis wann muss das Geld auf dem Darlehenskonto sein und welche Kontoverbindung nutze ich?",
      "die Zinsbindung meiner Baufinanzierung ({loanNo}) läuft nächstes Jahr aus. Können Sie mir ein Angebot für eine Anschlussfinanzierung über {loanAmount} machen?",
      "wir planen einen Hauskauf in {city} und bräuchten ungefähr {loanAmount}. Wie läuft bei Ihnen eine Beratung ab?",
    ],
    followUps: [
      "Das Angebot klingt gut. Welche Unterlagen brauchen Sie noch?",
      "Können wir einen Termin für nächste Woche vereinbaren?",
    ],
    replies: [
      "Sondertilgungen bis 5 % der Darlehenssumme pro Jahr sind in Ihrem Vertrag {loanNo} kostenfrei. Überweisen Sie den Betrag einfach auf das Darlehenskonto; wir verrechnen ihn zum Monatsende.",
      "gerne erstellen wir Ihnen ein Angebot für die Anschlussfinanzierung. Unsere Baufinanzierungsberaterin meldet sich in den nächsten Tagen für einen Termin bei Ihnen.",
      "gerne beraten wir Sie zu Ihrem Hauskauf. Für das Gespräch brauchen wir die Gehaltsnachweise der letzten drei Monate, einen Eigenkapitalnachweis und das Exposé der Immobilie.",
    ],
    shorts: [
      "Bietet ihr auch Forward-Darlehen an? Zinsbindung läuft bei mir in 2 Jahren aus.",
      "Wie lange dauert bei euch eine Kreditzusage für die Baufinanzierung?",
    ],
    shortReplies: [
      "Ja! Unsere Beraterinnen und Berater melden sich gern bei dir – schick uns per DM deine Telefonnummer. ^{agent}",
    ],
    call: [
      "Ich wollte wegen einer Sondertilgung fragen.",
      "Gerne. Sie können pro Jahr bis zu 5 % kostenfrei tilgen. Um welchen Betrag geht es?",
      "Um {repayment}.",
      "Das passt. Überweisen Sie den Betrag einfach auf das Darlehenskonto {loanNo}.",
    ],
    voicemails: [
      "Hallo, hier ist {fullName}. Ich hätte eine Frage zu meiner Baufinanzierung, bitte rufen Sie mich zurück.",
    ],
    community: [
      "Sondertilgung ging bei mir problemlos, einfach aufs Darlehenskonto überweisen.",
      "Lass dir unbedingt mehrere Angebote machen, die Unterschiede sind groß.",
    ],
  },
  etf_savings_plan: {
    subjects: ["ETF-Sparplan wurde nicht ausgeführt", "Sparplan erhöhen", "Frage zum Depot: Vorabpauschale"],
    openings: [
      "mein ETF-Sparplan auf den {etf} über {rate} wurde diesen Monat nicht ausgeführt, obwohl genug Geld auf dem Verrechnungskonto war. Woran liegt das?",
      "ich möchte meinen Sparplan auf den {etf} von {rate} auf das Doppelte erhöhen und zusätzlich einen zweiten Sparplan anlegen. Geht das in der App?",
      "in meinem Depot wird die Vorabpauschale abgezogen – was ist das und warum zahle ich Steuern, obwohl ich nichts verkauft habe?",
    ],
    followUps: ["Danke, jetzt ist alles klar.", "Der Sparplan wurde diesen Monat wieder nicht ausgeführt."],
    replies: [
      "Ihr Sparplan auf den {etf} wurde am Ausführungstag wegen einer Handelsunterbrechung ausgesetzt. Die Ausführung holen wir am nächsten Handelstag nach; Kosten entstehen Ihnen dadurch nicht.",
      "Sparpläne können Sie in der App unter Depot → Sparpläne ändern oder neu anlegen. Die Änderung gilt ab der nächsten Ausführung.",
      "die Vorabpauschale ist eine vorgezogene Besteuerung thesaurierender Fonds. Sie wird mit Ihrem Freistellungsauftrag verrechnet; erst wenn dieser ausgeschöpft ist, ziehen wir Steuern vom Verrechnungskonto ein.",
    ],
    shorts: [
      "Mein ETF-Sparplan ist diesen Monat einfach nicht gelaufen. Geld war da. Was ist los?",
      "Kann man bei euch Sparpläne auch in 14-tägigem Rhythmus ausführen lassen?",
    ],
    shortReplies: [
      "Danke für den Hinweis! Wir prüfen das – schreib uns bitte per DM, um welchen Sparplan es geht. ^{agent}",
    ],
    call: [
      "Mein Sparplan auf den {etf} ist nicht ausgeführt worden.",
      "Ich sehe, die Ausführung wurde wegen einer Handelsunterbrechung verschoben. Sie läuft morgen.",
      "Entstehen mir dadurch Kosten?",
      "Nein, der Sparplan bleibt kostenlos.",
    ],
    voicemails: ["Hallo, hier ist {fullName}, ich habe eine Frage zu meinem Depot. Danke für den Rückruf."],
    community: [
      "Ich bespare den {etf} seit Jahren über {rate} im Monat, lief bisher immer zuverlässig.",
      "Die Vorabpauschale ist normal bei thesaurierenden ETFs, Stichwort Freistellungsauftrag.",
      "Sparplanänderungen gehen in der App, wirken aber erst ab der nächsten Ausführung.",
    ],
  },
};
