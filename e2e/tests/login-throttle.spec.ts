import { expect, test } from "@playwright/test";
import { appUrl } from "../support/console.ts";

// An email nobody signs in with elsewhere in the suite: its wait is this test's alone.
const email = "rate.limit.probe@emma.example";

test("guessing a password makes the login say, in the console's language, how long to wait", async ({
  page,
}) => {
  await page.goto(appUrl());
  const submit = page.getByRole("button", { name: /^(Anmelden|Sign in)$/ });
  await page.getByLabel(/^(E-Mail|Email)$/).fill(email);
  await page.getByLabel(/^(Passwort|Password)$/).fill("falsch geraten");
  const alert = page.getByRole("alert");
  for (let attempt = 0; attempt < 3; attempt++) {
    await submit.click();
    await expect(alert).toHaveText("E-Mail oder Passwort ist falsch.");
    await expect(submit).toBeEnabled();
  }
  await submit.click();
  await expect(alert).toHaveText(
    /^Für dieses Konto wurden mehrere falsche Passwörter eingegeben\. Bitte versuchen Sie es in \d+ Sekunden? erneut\.$/,
  );

  await page.getByRole("group", { name: "Sprache" }).getByRole("button", { name: "EN", exact: true }).click();
  // Past the first wait one more guess is taken; the one after it waits longer, said in English.
  await page.waitForTimeout(1100);
  await submit.click();
  await expect(alert).toHaveText("Email or password is wrong.");
  await submit.click();
  await expect(alert).toHaveText(
    /^Several wrong passwords were entered for this account\. Please try again in \d+ seconds?\.$/,
  );
});
