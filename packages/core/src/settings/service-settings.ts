import { z } from "zod";
import { CHANNELS, PRIORITIES, type Channel, type Priority } from "../channel/channel.ts";
import { DEFAULT_RESPONSE_TARGETS, type ResponseTargets } from "../conversation/sla.ts";
import { businessHoursSchema, type BusinessHours } from "../reports/business-hours.ts";

/** A month: a longer promise is no target anyone manages by. */
const MOST_TARGET_MINUTES = 30 * 24 * 60;

const targetMinutesSchema = z
  .number()
  .int()
  .min(1)
  .max(MOST_TARGET_MINUTES)
  .describe("Minutes within which the customer should have the first answer");

const byPrioritySchema = z.object(
  Object.fromEntries(PRIORITIES.map((priority) => [priority, targetMinutesSchema])) as Record<
    Priority,
    typeof targetMinutesSchema
  >,
);

/** Response targets per channel and priority, in whole minutes. */
export const responseTargetsSchema = z.object(
  Object.fromEntries(CHANNELS.map((channel) => [channel, byPrioritySchema])) as Record<
    Channel,
    typeof byPrioritySchema
  >,
);

/**
 * What admins set for the whole desk and the reports, queue clocks and journeys read: when the desk
 * is staffed (null: around the clock, every duration in calendar time) and the response targets.
 */
export const serviceSettingsSchema = z.object({
  businessHours: businessHoursSchema.nullable(),
  responseTargets: responseTargetsSchema,
});
export interface ServiceSettings {
  businessHours: BusinessHours | null;
  responseTargets: ResponseTargets;
}

/** Until an admin saves their own: around the clock, and the promises of DEFAULT_RESPONSE_TARGETS. */
export const DEFAULT_SERVICE_SETTINGS: ServiceSettings = {
  businessHours: null,
  responseTargets: DEFAULT_RESPONSE_TARGETS,
};
