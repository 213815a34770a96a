import { useTranslation } from "react-i18next";
import { errorCode, errorMessage } from "../api/error-code.ts";

const KNOWN = [
  "UNAUTHORIZED",
  "FORBIDDEN",
  "NOT_FOUND",
  "CONFLICT",
  "BAD_REQUEST",
  "TOO_MANY_REQUESTS",
] as const;
type KnownCode = (typeof KNOWN)[number];

function isKnown(code: string | null): code is KnownCode {
  return KNOWN.some((known) => known === code);
}

/** A failed call in words: our translation of the code, then the API's own explanation. */
export function ErrorNote({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const code = errorCode(error);
  const detail = errorMessage(error);
  return (
    <p className="error-note" role="alert">
      {isKnown(code) ? t(`errors.${code}`) : t("common.error")}
      {detail ? <span className="error-detail"> {detail}</span> : null}
    </p>
  );
}
