import { useNavStore } from "../../nav/nav-store.ts";
import { ConnectorCreate } from "./connector-create.tsx";
import { ConnectorDetail } from "./connector-detail.tsx";
import { HealthBoard } from "./health-board.tsx";

/**
 * `#/admin/connectors`: the health board; `…/new`: a new connector; `…/<id>`: one connector's page,
 * a link of its own to send a colleague.
 */
export function ConnectorsPage() {
  const sub = useNavStore((state) => state.place.rest[1]);
  if (sub === undefined) return <HealthBoard />;
  if (sub === "new") return <ConnectorCreate />;
  return <ConnectorDetail key={sub} connectorId={sub} />;
}
