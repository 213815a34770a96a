import { z } from "zod";

// Main parses every payload again: the renderer shows content from outside and is not trusted.
export const tokenPayload = z.string().min(16).max(4096);
export const notifyPayload = z.object({
  title: z.string().trim().min(1).max(200),
  body: z.string().max(1000),
});
export const externalUrlPayload = z.string().min(1).max(2048);
