import { isKnownConsentSource, readableKey, type ProductKind, type ProductStatus } from "@emma/core";
import type { TFunction } from "i18next";

/**
 * The system of record's words in the console's language. Product kinds and statuses are a closed
 * list (the database allows no other); an imported consent's source is free text, so an unknown one
 * is shown readably ("core_banking" → "Core banking") instead of as a raw key or not at all.
 */
export function productKindLabel(kind: ProductKind, t: TFunction): string {
  return t(`customer360.productKind.${kind}`);
}

export function productStatusLabel(status: ProductStatus, t: TFunction): string {
  return t(`customer360.productStatus.${status}`);
}

export function consentSourceLabel(source: string, t: TFunction): string {
  return isKnownConsentSource(source) ? t(`customer360.consentSource.${source}`) : readableKey(source);
}
