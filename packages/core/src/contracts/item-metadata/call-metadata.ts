import type { z } from "zod";
import { callDataSchema } from "../../inbound/inbound-message.ts";
import { messageMetadataSchema } from "./message-metadata.ts";

/** A call or voicemail: ingest writes it like a message, with the call's data merged over time. */
export const callMetadataSchema = messageMetadataSchema.extend({ call: callDataSchema });
export type CallMetadata = z.infer<typeof callMetadataSchema>;
