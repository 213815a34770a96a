// Reply prefixes as mail clients write them: English "Re", German "AW"/"Antw", Nordic "SV"/"VS",
// French "Réf", Italian "R"/"Rif", Polish "Odp", Turkish "Ynt"; some add a counter: "Re[2]:", "AW(3):".
const REPLY_PREFIX = /^\s*(?:re|aw|antw|sv|vs|ref|réf|rif|odp|ynt)\s*(?:[[(]\d{1,3}[\])])?\s*:\s*/iu;

/**
 * The subject of an answer: exactly one "Re: " in front. A chain of reply prefixes ("AW: Re: AW:")
 * collapses into it; a forward prefix ("WG:", "Fwd:") stays, since it says what was answered.
 */
export function replySubject(subject: string): string {
  let rest = subject.replace(/\s+/g, " ").trim();
  for (;;) {
    const match = REPLY_PREFIX.exec(rest);
    if (!match) break;
    rest = rest.slice(match[0].length);
  }
  return rest === "" ? "" : `Re: ${rest}`;
}
