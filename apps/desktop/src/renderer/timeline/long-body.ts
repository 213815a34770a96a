/**
 * A message body longer than this collapses in the thread and the timeline, so one long mail does
 * not push everything else out of view. Counted on the plain text (an HTML mail has one too).
 */
export const LONG_BODY = { lines: 12, characters: 1200 } as const;

export function isLongBody(text: string): boolean {
  const trimmed = text.trimEnd();
  return trimmed.length > LONG_BODY.characters || trimmed.split(/\r\n|\r|\n/).length > LONG_BODY.lines;
}
