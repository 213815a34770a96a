import { useEffect, useId, useRef, type ReactNode } from "react";

/**
 * A modal dialog of the admin pages: focus moves into it and back to where it was, Escape closes
 * it, and the console's single-key shortcuts stay out of it.
 */
export function AdminDialog({
  title,
  onClose,
  children,
  wide = false,
}: {
  title: string;
  onClose: () => void;
  children: ReactNode;
  wide?: boolean;
}) {
  const titleId = useId();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const previous = document.activeElement;
    ref.current?.querySelector<HTMLElement>("input, select, button, textarea")?.focus();
    return () => {
      if (previous instanceof HTMLElement) previous.focus();
    };
  }, []);
  return (
    <div className="overlay" onClick={onClose}>
      <div
        ref={ref}
        className={wide ? "dialog admin-dialog admin-dialog-wide" : "dialog admin-dialog"}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        onClick={(event) => event.stopPropagation()}
        onKeyDown={(event) => {
          event.stopPropagation();
          if (event.key === "Escape") onClose();
        }}
      >
        <h2 id={titleId}>{title}</h2>
        {children}
      </div>
    </div>
  );
}
