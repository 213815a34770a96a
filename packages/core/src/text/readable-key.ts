/**
 * A machine key as a person would write it, for values no language has a label for yet:
 * "core_banking" → "Core banking", "webForm" → "Web form", "SMS-OPT-IN" → "Sms opt in". Not a
 * translation: it keeps an unknown value legible instead of showing snake_case to an agent.
 */
export function readableKey(key: string): string {
  const words = key
    .trim()
    .replace(/([a-z\d])([A-Z])/g, "$1 $2")
    .split(/[\s_.:/-]+/)
    .filter((word) => word !== "")
    .map((word) => word.toLowerCase());
  const sentence = words.join(" ");
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}
