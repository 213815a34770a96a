import { describe, expect, it } from "vitest";
import { NO_AUDIT_FILTERS, hasAuditFilters, toAuditFilters } from "./audit-filters.ts";

describe("audit filters from the form", () => {
  it("sends nothing for an empty form", () => {
    expect(toAuditFilters(NO_AUDIT_FILTERS)).toEqual({});
    expect(hasAuditFilters(NO_AUDIT_FILTERS)).toBe(false);
  });

  it("sends the person, the customer's id, the actions and whole days on the local clock", () => {
    const form = {
      actorUserId: "3f1c9a1e-0000-4000-8000-000000000001",
      customer: { id: "3f1c9a1e-0000-4000-8000-000000000002", name: "Anna Berger" },
      actions: ["customer.viewed", "timeline.viewed"],
      fromDate: "2026-03-01",
      toDate: "2026-03-31",
    };
    expect(toAuditFilters(form)).toEqual({
      actorUserId: form.actorUserId,
      customerId: form.customer.id,
      actions: form.actions,
      from: new Date(2026, 2, 1),
      to: new Date(2026, 3, 1),
    });
    expect(hasAuditFilters(form)).toBe(true);
  });
});
