import type { DemoPerson } from "./person.ts";
import type { Random } from "./random.ts";
import type { Locale } from "./types.ts";

// The frame around topic texts: greetings, sign-offs, call openers. Topic bodies are in topics-*.ts.

export function customerGreeting(random: Random, locale: Locale): string {
  return random.pick(
    locale === "de"
      ? ["Sehr geehrte Damen und Herren,", "Hallo,", "Guten Tag,", "Liebes Emma-Team,", "Hallo zusammen,"]
      : ["Hello,", "Dear Sir or Madam,", "Hi there,", "Dear Emma team,"],
  );
}

export function customerSignoff(random: Random, person: DemoPerson, locale: Locale): string {
  const { first, last } = person.name;
  const lines =
    locale === "de"
      ? [
          `Mit freundlichen Grüßen\n${person.displayName}`,
          `Viele Grüße\n${first}`,
          `LG ${first}`,
          `Beste Grüße\n${first} ${last}`,
        ]
      : [`Kind regards,\n${person.displayName}`, `Thanks,\n${first}`, `Best,\n${first} ${last}`];
  const signoff = random.pick(lines);
  if (random.chance(0.15))
    return `${signoff}\n\n${locale === "de" ? "Von meinem iPhone gesendet" : "Sent from my iPhone"}`;
  return signoff;
}

/** "Guten Tag Frau Dr. Schneider," from the display name, which carries the title. */
export function agentGreeting(person: DemoPerson, locale: Locale): string {
  const title = person.displayName.startsWith("Dr. ") ? "Dr. " : "";
  const { gender, last } = person.name;
  if (locale === "en") return `Dear ${gender === "f" ? "Ms" : "Mr"} ${title}${last},`;
  return `Guten Tag ${gender === "f" ? "Frau" : "Herr"} ${title}${last},`;
}

export function agentSignoff(agent: string, locale: Locale): string {
  return locale === "de"
    ? `Freundliche Grüße\n${agent}\nEmma Bank · Kundenservice\nTel. 069 9071 2340`
    : `Kind regards,\n${agent}\nEmma Bank · Customer Service\nPhone +49 69 9071 2340`;
}

export function replySubject(subject: string, locale: Locale): string {
  return `${locale === "de" ? "AW" : "Re"}: ${subject}`;
}

export function callOpener(agent: string, locale: Locale): string {
  return locale === "de"
    ? `Emma Bank, Kundenservice, mein Name ist ${agent}. Was kann ich für Sie tun?`
    : `Emma Bank customer service, this is ${agent}. How can I help?`;
}

export function callCloser(random: Random, locale: Locale): [customer: string, agent: string] {
  return locale === "de"
    ? [
        random.pick(["Danke, das war's schon.", "Alles klar, vielen Dank!", "Gut, dann warte ich ab."]),
        "Gerne. Einen schönen Tag noch!",
      ]
    : [random.pick(["Thanks, that's all.", "Great, thank you!"]), "You're welcome, have a nice day!"];
}

export function speaker(person: DemoPerson, locale: Locale): string {
  if (locale === "en") return "Customer";
  return person.name.gender === "f" ? "Kundin" : "Kunde";
}

/** What the customer writes after we answered on a chat-like channel. */
export function chatThanks(random: Random, locale: Locale): string {
  return random.pick(
    locale === "de"
      ? [
          "Danke, hat sich erledigt! 👍",
          "Okay, danke für die schnelle Antwort.",
          "DM ist raus.",
          "Super, hat geklappt, danke!",
        ]
      : ["Thanks, sorted! 👍", "OK, thanks for the quick reply.", "DM sent.", "Great, that worked, thanks!"],
  );
}

/** Our last word in a chat after the customer said thanks. */
export function chatClosing(random: Random, locale: Locale, signature: string): string {
  const text = random.pick(
    locale === "de"
      ? ["Gern geschehen! Einen schönen Tag noch.", "Freut uns! Melde dich jederzeit wieder."]
      : ["You're welcome! Have a nice day.", "Glad we could help! Get in touch any time."],
  );
  return `${text} ^${signature}`;
}

export function forumThanks(random: Random, locale: Locale): string {
  return random.pick(
    locale === "de"
      ? [
          "Danke euch allen, hat geklappt! 👍",
          "Danke für die Tipps, jetzt läuft es wieder.",
          "Hat sich erledigt, danke!",
        ]
      : ["Thanks everyone, that worked! 👍", "Thanks for the tips, all good now."],
  );
}
