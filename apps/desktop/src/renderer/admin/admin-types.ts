import type { RouterOutputs } from "../api/router-types.ts";

export type AdminUser = RouterOutputs["users"]["list"][number];
export type AdminTeam = RouterOutputs["teams"]["list"][number];
/** A one-time set-password link as the API hands it out, once. */
export type HandoverLink = NonNullable<RouterOutputs["users"]["create"]["setPasswordLink"]>;
