import type { FoundSpan } from "./found-span.ts";

// A customer number counts only after a cue: any other number in a message (an amount, an order or
// a contract number) would otherwise pass for one. "Kundennummer: K-1185767", "Kd.-Nr. 4711",
// "meine Kundennummer ist …", "my customer number is …", "customer ID 88123".
const CUE =
  /(?<![\p{L}\p{N}])(?:kunden-?\s?(?:nummer|nr\.?)|kd\.?\s?-?\s?nr\.?|customer\s+(?:number|no\.?|id|#))(?:\s*(?:[:#=]|is\b|ist\b|lautet\b))*\s*([\p{L}\p{N}][\p{L}\p{N}-]*)/giu;
const MIN_LENGTH = 4;
const MAX_LENGTH = 20;

/** Customer numbers written after a cue, upper-cased as written ("k-1185767" → "K-1185767"). */
export function customerNumbersIn(text: string): FoundSpan[] {
  const found: FoundSpan[] = [];
  for (const match of text.matchAll(CUE)) {
    const token = (match[1] ?? "").replace(/-+$/, "");
    if (token.length < MIN_LENGTH || token.length > MAX_LENGTH || !/\d/.test(token)) continue;
    if (!/^[A-Za-z0-9-]+$/.test(token)) continue;
    const end = match.index + match[0].length - ((match[1] ?? "").length - token.length);
    found.push({ value: token.toUpperCase(), start: end - token.length, end });
  }
  return found;
}
