import type { RouterOutputs } from "../../api/router-types.ts";

export type ConnectorSummary = RouterOutputs["connectors"]["list"][number];
export type ConnectorDetail = RouterOutputs["connectors"]["get"];
export type ConnectorKind = RouterOutputs["connectors"]["kinds"][number];
export type ConnectionTestResult = RouterOutputs["connectors"]["testConnection"];
