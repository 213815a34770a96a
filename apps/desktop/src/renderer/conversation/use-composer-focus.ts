import { useEffect, useRef } from "react";
import { useComposerFocusStore, type ComposerBoxName } from "../shortcuts/composer-focus-store.ts";

/**
 * Answers r and n: switches the composer to the asked box and puts the cursor in it. Requests made
 * before this composer was shown (for another conversation) are not answered.
 */
export function useComposerFocus(
  mode: ComposerBoxName,
  setMode: (mode: ComposerBoxName) => void,
  writable: boolean,
): void {
  const request = useComposerFocusStore((state) => state.request);
  const seenAtMount = useRef(request?.seq ?? 0);
  const fresh = request !== null && request.seq > seenAtMount.current ? request : null;

  useEffect(() => {
    if (fresh === null || (fresh.box === "reply" && !writable)) return;
    setMode(fresh.box);
  }, [fresh, writable, setMode]);

  useEffect(() => {
    if (fresh !== null && fresh.box === mode) document.getElementById(`${mode}-text`)?.focus();
  }, [fresh, mode]);
}
