import type { SearchCustomerHit } from "@emma/core";
import { useTranslation } from "react-i18next";
import { CHANNEL_OF_IDENTITY } from "../ui/identity-channel.ts";
import { MatchIcon } from "./match-icon.tsx";
import { SnippetText } from "./snippet-text.tsx";

/** A found customer: the name, and what matched when it was not the name (a number, an address, a card). */
export function CustomerHitContent({ hit }: { hit: SearchCustomerHit }) {
  const { t } = useTranslation();
  const what =
    hit.matchedOn === "identity" && hit.identityKind !== null
      ? t(`channels.${CHANNEL_OF_IDENTITY[hit.identityKind]}`)
      : t(`search.matchedOn.${hit.matchedOn}`);
  return (
    <span className="hit customer-hit">
      <span className="hit-icon" title={what}>
        <MatchIcon hit={hit} />
      </span>
      <span className="hit-body">
        {hit.matchedOn === "name" ? (
          <SnippetText snippet={hit.matched} className="hit-name" />
        ) : (
          <>
            <span className="hit-name">{hit.displayName}</span>
            <span className="hit-matched">
              <span className="visually-hidden">{what}: </span>
              <SnippetText snippet={hit.matched} />
            </span>
          </>
        )}
      </span>
    </span>
  );
}
