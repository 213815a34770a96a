import { fold } from "../text/fold.ts";
import { STOP_WORDS } from "./stop-words.ts";

/** A customer's question as the desk holds it: the conversation's subject and their newest message. */
export interface CustomerQuestion {
  subject: string | null;
  text: string | null;
}

/** One significant word of a question, folded, and how much a topic containing it counts. */
export interface QuestionTerm {
  word: string;
  weight: number;
  /**
   * Matched as a word start: a compound's head or tail ("karte" finds "Kartensperre"). Whole words
   * are matched by their stem ("gesperrt" finds "gesperrte"): a word start costs the index a scan
   * of every word beginning so, per pair it appears in.
   */
  prefix: boolean;
}

/** More words make a query that matches everything a little; these are the question's core. */
export const MAX_QUESTION_WORDS = 6;
/** With compounds' parts; a topic must contain two of them, so the index evaluates every pair. */
const MAX_TERMS = 8;
const MIN_WORD = 3;
/** From this length a word is likely a German compound: its head and tail are searched too. */
const COMPOUND_LENGTH = 10;
const COMPOUND_HEAD = 5;
const COMPOUND_TAIL = 6;
const SUBJECT_WEIGHT = 2;
const BODY_WEIGHT = 1;
// Long words are specific ones: "Kontoauszug" says more than "Karte".
const LONG_WORD = 8;
const LONG_BONUS = 1.5;

// "Hallo Frau Schmidt," "Sehr geehrte Damen und Herren," "Hi all," — names in a greeting are not the question.
export const GREETING =
  /^(hallo|hi|hey|moin|servus|guten (tag|morgen|abend)|liebe[rs]?|sehr geehrte[rs]?|dear|hello|good (morning|afternoon|evening))\b/i;
// A sign-off and the name after it: "Viele Grüße, Anna", "Mit freundlichen Grüßen", "Best regards".
export const SIGN_OFF =
  /^(viele|liebe|beste|herzliche|freundliche|mit freundlichen|schöne)[n]? gr(ü|ue)(ß|ss)en?\b|^(mfg|lg|vg|gruß|gruss)\b|^((best|kind|warm) )?regards\b|^cheers\b|^(many )?thanks( (a lot|in advance))?[,!.]*$|^thank you( (in advance|very much))?[,!.]*$|^danke( (schön|sehr|im voraus))?[,!.]*$|^sent from my\b|^von meinem \S+ gesendet/i;
// Where a mail client starts quoting: "Am 3. Mai 2024 schrieb …:", "On Fri, May 3, … wrote:".
const QUOTE_HEADER = /^(am .+ schrieb .+:|on .+ wrote:|-----\s*(original|ursprüngliche))/i;

/**
 * The words of a customer's question that a forum topic about the same thing would contain: the
 * greeting, quoted text, sign-off and signature are cut; stop words of both languages and short
 * words go; the subject's words count double and long (specific) words half again; the strongest
 * MAX_QUESTION_WORDS stay, and a long compound brings its head and tail ("Kartensperre" → "karte",
 * "sperre"), since German writes as one word what a topic may say in two. Without a dictionary the
 * cut is a guess: a wrong one ("egeben") is a word no topic has, and matches nothing.
 */
export function questionTerms(question: CustomerQuestion): QuestionTerm[] {
  const weights = new Map<string, number>();
  const add = (text: string, weight: number) => {
    for (const word of wordsOf(text)) {
      const long = word.length >= LONG_WORD ? LONG_BONUS : 1;
      weights.set(word, (weights.get(word) ?? 0) + weight * long);
    }
  };
  add(question.subject ?? "", SUBJECT_WEIGHT);
  add(bodyOf(question.text ?? ""), BODY_WEIGHT);
  // Map order is first appearance: ties keep the order the customer wrote in.
  const strongest = [...weights.entries()].sort((a, b) => b[1] - a[1]).slice(0, MAX_QUESTION_WORDS);
  const terms: QuestionTerm[] = strongest.map(([word, weight]) => ({ word, weight, prefix: false }));
  for (const [word, weight] of strongest) {
    if (word.length < COMPOUND_LENGTH || /\d/.test(word)) continue;
    for (const part of [word.slice(0, COMPOUND_HEAD), word.slice(-COMPOUND_TAIL)]) {
      if (terms.length >= MAX_TERMS) break;
      if (weights.has(part) || terms.some((term) => term.word === part)) continue;
      terms.push({ word: part, weight: weight / 2, prefix: true });
    }
  }
  return terms;
}

/** The message without greeting, quoted text, sign-off and signature. */
function bodyOf(text: string): string {
  const kept: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === "--" || SIGN_OFF.test(line) || QUOTE_HEADER.test(line)) break;
    if (line.startsWith(">")) continue;
    const opening = kept.every((before) => before === "");
    if (opening && GREETING.test(line) && line.split(/\s+/).length <= 6) continue;
    kept.push(line);
  }
  return kept.join("\n");
}

function wordsOf(text: string): string[] {
  return fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length >= MIN_WORD && !STOP_WORDS.has(word) && !/^\d{1,2}$/.test(word));
}
