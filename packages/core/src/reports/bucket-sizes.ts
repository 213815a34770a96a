/** Contacts over time are counted per local day or per week (weeks start on Monday). */
export const BUCKET_SIZES = ["day", "week"] as const;
export type BucketSize = (typeof BUCKET_SIZES)[number];
