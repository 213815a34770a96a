/** Lower case without accents: "müller" is found by "muller" and "Müller". */
export function foldText(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

/**
 * How well `query` matches a candidate, or null for no match: every word of the query must occur
 * somewhere; a candidate whose key (shortcut, name) starts with the query ranks first.
 */
export function matchScore(query: string, key: string, text: string): number | null {
  const words = foldText(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return 1;
  const foldedKey = foldText(key);
  const haystack = `${foldedKey} ${foldText(text)}`;
  if (!words.every((word) => haystack.includes(word))) return null;
  const whole = words.join(" ");
  if (foldedKey === whole) return 4;
  if (foldedKey.startsWith(whole)) return 3;
  return words.every((word) => foldedKey.includes(word)) ? 2 : 1;
}
