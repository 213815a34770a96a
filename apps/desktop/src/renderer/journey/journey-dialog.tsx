import { useState } from "react";
import { useModalDialog } from "../ui/use-modal-dialog.ts";
import { useTranslation } from "react-i18next";
import { useUiStore } from "../state/ui-store.ts";
import { JourneyView } from "./journey-view.tsx";

/**
 * "Journey" beside a customer's name: opens their history as a picture in a large modal dialog
 * (the browser's own: focus stays inside, Escape closes). Opening a conversation from it closes it.
 */
export function JourneyButton({ customerId, customerName }: { customerId: string; customerName: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const dialogRef = useModalDialog(open);
  const openConversation = useUiStore((state) => state.openConversation);
  return (
    <>
      <button type="button" className="ghost journey-open" onClick={() => setOpen(true)}>
        {t("journey.open")}
      </button>
      <dialog
        ref={dialogRef}
        className="journey-dialog"
        aria-labelledby="journey-title"
        onClose={() => setOpen(false)}
      >
        <header className="journey-head">
          <h2 id="journey-title">{t("journey.title", { name: customerName })}</h2>
          <button type="button" className="ghost" onClick={() => setOpen(false)}>
            {t("journey.close")}
          </button>
        </header>
        {open ? (
          <JourneyView
            customerId={customerId}
            onOpen={(conversationId) => {
              setOpen(false);
              openConversation(conversationId, customerId);
            }}
          />
        ) : null}
      </dialog>
    </>
  );
}
