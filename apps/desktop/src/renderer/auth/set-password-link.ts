/** The route a one-time set-password link opens, before any sign-in: `#/set-password?token=…`. */
const SET_PASSWORD_PATH = "/set-password";

/** The link's secret if the URL hash is a set-password link, else null. */
export function setPasswordTokenOf(hash: string): string | null {
  const text = hash.startsWith("#") ? hash.slice(1) : hash;
  const queryAt = text.indexOf("?");
  const path = queryAt < 0 ? text : text.slice(0, queryAt);
  if (path !== SET_PASSWORD_PATH) return null;
  const token = new URLSearchParams(queryAt < 0 ? "" : text.slice(queryAt + 1)).get("token");
  return token ? token : null;
}

/** The link an admin hands over: this console's address with the set-password route. */
export function setPasswordUrl(page: { origin: string; pathname: string }, token: string): string {
  return `${page.origin}${page.pathname}#${SET_PASSWORD_PATH}?${new URLSearchParams({ token }).toString()}`;
}
