/**
 * The demo forum's topics, held by the fake Discourse and brought in by the real connector's
 * backfill: members answering each other (some accepted, one marked helpful by a like), some
 * waiting for staff, and a private message to the team. Members are demo customers' forum
 * accounts: a hero by username, or the n-th other member (`member:n`).
 */
export type MemberRef = `member:${number}` | "anna_s" | "elektro_weiss" | "aylin.y" | "emily_c" | "frank_b";

export interface DemoForumPost {
  by: MemberRef;
  raw: string;
  /** The asker accepted this post as the answer (Discourse Solved). */
  accepted?: boolean;
  /** The asker liked this post: helpful. */
  likedByAsker?: boolean;
}

export interface DemoForumTopic {
  title: string;
  category: string;
  /** When the question was asked, before the demo's start. */
  hoursAgo: number;
  /** A private message to the team instead of a public topic. */
  private?: boolean;
  /** The question first, then the answers, an hour or two apart. */
  posts: readonly [DemoForumPost, ...DemoForumPost[]];
}

export const DEMO_FORUM_TOPICS: readonly DemoForumTopic[] = [
  {
    title: "pushTAN-App auf neues Smartphone umziehen – wie geht das?",
    category: "Online-Banking & App",
    hoursAgo: 30,
    posts: [
      {
        by: "member:1",
        raw: "Hallo zusammen,\n\nich habe ein neues Smartphone bekommen. Wie ziehe ich die pushTAN-App um, ohne dass mein Online-Banking gesperrt wird? Das alte Handy habe ich noch.",
      },
      {
        by: "member:2",
        raw: "Hatte ich letzten Monat auch. Solange das alte Handy noch geht: in der alten pushTAN-App unter Einstellungen → „Gerät wechseln“ den Umzug starten, dann auf dem neuen Handy die App installieren und den angezeigten QR-Code scannen. Ein Aktivierungsbrief ist dann nicht nötig.",
        accepted: true,
      },
      {
        by: "member:1",
        raw: "Hat genau so funktioniert, danke! In fünf Minuten erledigt.",
      },
    ],
  },
  {
    title: "Debit card fees in the US?",
    category: "Karten & Zahlungen",
    hoursAgo: 52,
    posts: [
      {
        by: "emily_c",
        raw: "Travelling to the US next month. Does the debit card work there without extra fees, and do I need to unlock it for abroad first?",
      },
      {
        by: "member:3",
        raw: "Works fine, I used it in New York in spring. Card payments abroad are free in the Girokonto Plus, cash withdrawals cost 1 %. In the app under Card → Region you can switch it to 'worldwide' before you go.",
        likedByAsker: true,
      },
    ],
  },
  {
    title: "ETF-Sparplan für ein paar Monate aussetzen?",
    category: "Sparen & Anlegen",
    hoursAgo: 75,
    posts: [
      {
        by: "anna_s",
        raw: "Kann man einen ETF-Sparplan pausieren, ohne ihn zu kündigen? Ich brauche das Geld die nächsten drei Monate für den Umzug.",
      },
      {
        by: "member:4",
        raw: "Ja, im Depot unter Sparpläne → Sparplan bearbeiten → „Aussetzen bis“. Der Plan läuft danach von allein weiter, die Ausführungstage bleiben gleich.",
        accepted: true,
      },
    ],
  },
  {
    title: "Überweisung an falsche IBAN – zurückholen?",
    category: "Karten & Zahlungen",
    hoursAgo: 5,
    posts: [
      {
        by: "member:5",
        raw: "Ich habe heute Morgen 450 € an eine falsche IBAN überwiesen (Zahlendreher). Kann die Bank das zurückholen? Der Empfänger reagiert nicht.",
      },
      {
        by: "member:6",
        raw: "Das kann nur die Bank über einen Rückruf anstoßen, soweit ich weiß. Am besten schnell beim Service melden – hoffentlich meldet sich hier jemand vom Team.",
      },
    ],
  },
  {
    title: "App stürzt beim Login ab (Android 15)",
    category: "Online-Banking & App",
    hoursAgo: 3,
    posts: [
      {
        by: "elektro_weiss",
        raw: "Seit dem Update auf Android 15 schließt sich die Banking-App direkt nach dem Login. Neu installieren hat nichts gebracht. Geht das noch jemandem so?",
      },
      {
        by: "member:7",
        raw: "Ja, bei mir genauso (Pixel 8). Im Browser geht das Online-Banking zum Glück.",
      },
    ],
  },
  {
    title: "Nachweis für meine Adressänderung",
    category: "Konto",
    hoursAgo: 8,
    private: true,
    posts: [
      {
        by: "aylin.y",
        raw: "Hallo Team, ich bin umgezogen. Reicht euch die Meldebescheinigung als PDF, oder muss ich in die Filiale kommen?",
      },
    ],
  },
];

/** A customer's e-mail about what the first topic already solved: the console suggests it. */
export const DEMO_SOLVED_QUESTION_MAIL = {
  subject: "Neues Handy – pushTAN umziehen?",
  text: "Guten Tag,\n\nich habe mir ein neues Smartphone gekauft. Wie bekomme ich die pushTAN-App auf das neue Gerät, ohne dass mein Online-Banking gesperrt wird? Das alte Handy funktioniert noch.\n\nViele Grüße",
};
