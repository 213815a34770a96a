import { mergeRefusalCodeSchema } from "@emma/core";
import { TRPCClientError } from "@trpc/client";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { ErrorNote } from "../ui/error-note.tsx";

const errorDataSchema = z.object({ mergeRefusal: mergeRefusalCodeSchema });

/** A refused merge or undo in the console's language; anything else as every other error. */
export function MergeErrorNote({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const data = errorDataSchema.safeParse(error instanceof TRPCClientError ? error.data : undefined);
  if (!data.success) return <ErrorNote error={error} />;
  return (
    <p className="error-note" role="alert">
      {t(`customer.mergeRefusal.${data.data.mergeRefusal}`)}
    </p>
  );
}
