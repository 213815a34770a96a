/** The reply text after a toolbar action, with what should be selected afterwards. */
export interface TextEdit {
  text: string;
  start: number;
  end: number;
}

/**
 * Bold or italic around the selection, or taken off again when it is already there (pressing
 * Ctrl+B twice gives the text back). Without a selection the markers go in with the cursor between.
 */
export function toggleWrap(text: string, start: number, end: number, marker: string): TextEdit {
  const before = text.slice(0, start);
  const selected = text.slice(start, end);
  const after = text.slice(end);
  if (before.endsWith(marker) && after.startsWith(marker))
    return {
      text: before.slice(0, -marker.length) + selected + after.slice(marker.length),
      start: start - marker.length,
      end: end - marker.length,
    };
  // Markdown's emphasis must hug the text: spaces selected with a word stay outside the markers.
  const lead = /^\s*/.exec(selected)?.[0] ?? "";
  const trail = /\s*$/.exec(selected.slice(lead.length))?.[0] ?? "";
  const core = selected.slice(lead.length, selected.length - trail.length);
  const wrapped = `${lead}${marker}${core}${marker}${trail}`;
  const coreStart = start + lead.length + marker.length;
  return { text: before + wrapped + after, start: coreStart, end: coreStart + core.length };
}

/** A bulleted list from the selected lines (or the cursor's line). */
export function bulletLines(text: string, start: number, end: number): TextEdit {
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  const nextBreak = text.indexOf("\n", end);
  const lineEnd = nextBreak === -1 ? text.length : nextBreak;
  const lines = text.slice(lineStart, lineEnd).split("\n");
  const listed = lines.map((line) => (line.startsWith("- ") ? line : `- ${line}`)).join("\n");
  return {
    text: text.slice(0, lineStart) + listed + text.slice(lineEnd),
    start: lineStart,
    end: lineStart + listed.length,
  };
}

/** A link on the selection; the address part is selected so the agent types or pastes it over. */
export function insertLink(text: string, start: number, end: number, label: string): TextEdit {
  const selected = text.slice(start, end) || label;
  const inserted = `[${selected}](https://)`;
  const urlStart = start + selected.length + 3;
  return {
    text: text.slice(0, start) + inserted + text.slice(end),
    start: urlStart,
    end: urlStart + "https://".length,
  };
}
