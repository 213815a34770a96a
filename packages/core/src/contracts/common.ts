import { z } from "zod";

export const idSchema = z.uuid().describe("Emma's id of a record");

/** Keyset cursor: opaque to clients, made and read by the API only. */
export const cursorSchema = z
  .string()
  .max(200)
  .describe("Where the previous page ended; omit for the first page");

export const limitSchema = (max: number, fallback: number) =>
  z.number().int().min(1).max(max).default(fallback).describe(`How many items at most (1–${max})`);
