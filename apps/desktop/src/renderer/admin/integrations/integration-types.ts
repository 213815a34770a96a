import type { RouterOutputs } from "../../api/router-types.ts";

export type IntegrationKey = RouterOutputs["holdings"]["keys"][number];
