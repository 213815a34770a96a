/**
 * What a customer can hold and in which state, as the system of record sends it. The check
 * constraints of customer_products allow exactly these values (compared in the API's
 * `core-lists.test.ts`); the console has a label for each in every language.
 */
export const PRODUCT_KINDS = [
  "account",
  "card",
  "loan",
  "deposit",
  "insurance",
  "contract",
  "product",
] as const;
export type ProductKind = (typeof PRODUCT_KINDS)[number];

export const PRODUCT_STATUSES = ["active", "pending", "blocked", "closed"] as const;
export type ProductStatus = (typeof PRODUCT_STATUSES)[number];
