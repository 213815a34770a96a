import { useEffect, useRef } from "react";

/**
 * A native <dialog> that follows `open`: shown modal (focus trapped, Escape closes) while true,
 * closed when false. The dialog's own onClose should set `open` back to false.
 */
export function useModalDialog(open: boolean) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return dialogRef;
}
