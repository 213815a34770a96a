import isCreditCardModule from "validator/lib/isCreditCard.js";
import isEmailModule from "validator/lib/isEmail.js";
import isIBANModule from "validator/lib/isIBAN.js";

// Only these checks, not the whole validator package, go into the console's bundle. Their files
// are CommonJS: bundlers hand over the function, Node's ESM loader `{ default: function }`.

/** A card number by its issuer's prefix and the Luhn check. */
export const isCreditCard = commonJsFunction(isCreditCardModule);
export const isEmail = commonJsFunction(isEmailModule);
/** An IBAN by its country's length and format and the mod-97 check (spaces allowed, any case). */
export const isIBAN = commonJsFunction(isIBANModule);

function commonJsFunction<F extends (...args: never[]) => unknown>(imported: F): F {
  if (typeof imported === "function") return imported;
  const inner: unknown = Reflect.get(imported, "default");
  if (!isSameFunction(imported, inner)) throw new Error("validator loaded without its function");
  return inner;
}

/** The `default` of a CommonJS module object is the function its typings describe. */
function isSameFunction<F>(_typed: F, value: unknown): value is F {
  return typeof value === "function";
}
