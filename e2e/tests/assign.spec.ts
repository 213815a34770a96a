import { expect, test } from "@playwright/test";
import { screenshot, signIn, SUPERVISOR } from "../support/console.ts";
import { showQueue } from "../support/conversation.ts";

test("a supervisor assigns a colleague and routes to a team with the keyboard picker", async ({ page }) => {
  await signIn(page, SUPERVISOR);
  await showQueue(page, /Nicht zugewiesen/);
  const row = page.getByRole("option").first();
  const rowId = (await row.getAttribute("id")) ?? "";
  await row.click();
  const header = page.locator(".conversation-header");
  await expect(header.getByText("Nicht zugewiesen")).toBeVisible();

  await page.keyboard.press("a");
  const picker = page.getByRole("combobox", { name: "Zuweisen an" });
  await expect(picker).toBeFocused();
  const options = page.getByRole("listbox", { name: "Zuweisen an" });
  await page.keyboard.type("jul");
  await expect(options.getByRole("option", { name: /Julia Hoffmann/ })).toHaveAttribute(
    "aria-selected",
    "true",
  );
  await screenshot(page, "18-assign-picker");
  await page.keyboard.press("Enter");
  await expect(header).toContainText("Bearbeitung: Julia Hoffmann");
  // Assigned, it leaves the unassigned queue.
  await expect(page.locator(`[id="${rowId}"]`)).toHaveCount(0);

  // Handing it to a team puts it back in that team's unassigned pool; arrows pick among matches.
  await page.getByRole("button", { name: "Zuweisen …" }).click();
  await page.keyboard.type("baufin");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowUp");
  await expect(options.getByRole("option", { name: /An Team „Baufinanzierung“/ })).toHaveAttribute(
    "aria-selected",
    "true",
  );
  await page.keyboard.press("Enter");
  await expect(header).toContainText("Team: Baufinanzierung");
  await expect(header).toContainText("Nicht zugewiesen");
  await screenshot(page, "19-assigned-team");
});
