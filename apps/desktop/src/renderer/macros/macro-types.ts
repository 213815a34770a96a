import type { RouterOutputs } from "../api/router-types.ts";

export type Macro = RouterOutputs["macros"]["list"][number];
