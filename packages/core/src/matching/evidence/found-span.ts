/** A value found in a text and where it was written, so later finders can skip it. */
export interface FoundSpan {
  value: string;
  start: number;
  end: number;
}

/** The text with the found spans overwritten by spaces: offsets stay, the digits are gone. */
export function blankSpans(text: string, spans: readonly FoundSpan[]): string {
  let out = text;
  for (const { start, end } of spans) out = out.slice(0, start) + " ".repeat(end - start) + out.slice(end);
  return out;
}
