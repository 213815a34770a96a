import { describe, expect, it } from "vitest";
import { newPasswordProblem } from "./new-password-problem.ts";

describe("newPasswordProblem", () => {
  it("names a short, a mistyped and an unchanged password", () => {
    expect(newPasswordProblem("kurz", "kurz")).toBe("short");
    expect(newPasswordProblem("lang-genug-1", "lang-genug-2")).toBe("mismatch");
    expect(newPasswordProblem("startpasswort", "startpasswort", "startpasswort")).toBe("same");
  });

  it("accepts a long enough password typed twice alike", () => {
    expect(newPasswordProblem("mein-eigenes-pw", "mein-eigenes-pw", "startpasswort")).toBeNull();
    expect(newPasswordProblem("mein-eigenes-pw", "mein-eigenes-pw")).toBeNull();
  });
});
