import { demoCustomer, demoCustomers } from "./customers.ts";
import { demoOptionsSchema, type DemoOptions } from "./options.ts";
import { demoStaff, type DemoStaff } from "./staff.ts";
import type { DemoCustomer } from "./types.ts";

export interface DemoDataset {
  staff: DemoStaff;
  /** Re-iterable: every iteration regenerates the same customers, so two passes need no buffer. */
  customers: Iterable<DemoCustomer>;
  /** One customer by index, without generating the others. */
  customerAt(index: number): DemoCustomer;
}

/** The whole demo, pure and lazy: no I/O, no clock, no Math.random. */
export function generateDemo(options: DemoOptions): DemoDataset {
  const valid = demoOptionsSchema.parse(options);
  return {
    staff: demoStaff(),
    customers: { [Symbol.iterator]: () => demoCustomers(valid) },
    customerAt(index) {
      if (!Number.isInteger(index) || index < 0 || index >= valid.customers)
        throw new RangeError(`no demo customer ${index}`);
      return demoCustomer(valid, index);
    },
  };
}

export { demoCustomer, demoCustomers } from "./customers.ts";
export { demoOptionsSchema, type DemoOptions } from "./options.ts";
export { DEMO_PASSWORD, demoStaff, type DemoStaff, type DemoTeam, type DemoUser } from "./staff.ts";
export { isValidIban } from "./iban.ts";
export { customerKey, FORUM_SITE } from "./person.ts";
export { MAX_DEMO_CUSTOMERS } from "./unique-number.ts";
export * from "./types.ts";
