/** The shortest password the API takes (core's password schema). */
export const MIN_PASSWORD_LENGTH = 10;

export type NewPasswordProblem = "short" | "mismatch" | "same";

/** What is wrong with a chosen password before it is sent, so the user hears it in their language. */
export function newPasswordProblem(
  password: string,
  repeat: string,
  current: string | null = null,
): NewPasswordProblem | null {
  if (password.length < MIN_PASSWORD_LENGTH) return "short";
  if (password !== repeat) return "mismatch";
  if (current !== null && password === current) return "same";
  return null;
}
