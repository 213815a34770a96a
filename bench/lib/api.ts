/** The API surface the benches use, in one place. */
export * from "@emma/api";
