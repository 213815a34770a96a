import { TRPCError } from "@trpc/server";
import type { TestApp } from "../../test/test-app.ts";

/** Secret values the connector tests set, searched for in every answer and audit entry. */
export const signingSecret = "whsec-0123456789-abcdef-SIGNING";
export const imapPassword = "imap-PASSWORD-4711-geheim";
export const smtpPassword = "smtp-PASSWORD-0815-geheim";
export const allSecrets = [signingSecret, imapPassword, smtpPassword];

/** Mail servers that refuse at once: nothing listens on port 1. */
export const unreachableEmail = {
  imap: { host: "127.0.0.1", port: 1, secure: false, user: "service" },
  smtp: { host: "127.0.0.1", port: 1, secure: false, user: "service" },
  address: "service@bank.example",
  displayName: "Bank Service",
  messageIdDomain: "bank.example",
};

/** Every answer of the API in a test file, to search for secrets at its end. */
export function answerLog() {
  const answers: unknown[] = [];
  return {
    answers,
    seen: <T>(answer: T): T => {
      answers.push(answer);
      return answer;
    },
    /** The TRPCError a call fails with; its message is logged as an answer too. */
    errorOf: async (promise: Promise<unknown>): Promise<TRPCError> => {
      const error = await promise.then(
        () => undefined,
        (caught: unknown) => caught,
      );
      if (!(error instanceof TRPCError)) throw new Error(`expected a TRPCError, got ${String(error)}`);
      answers.push(error.message);
      return error;
    },
  };
}

/** The connector's row as stored, sealed secrets included. */
export function rawRow(t: TestApp, connectorId: string) {
  return t.database.db
    .selectFrom("connectors")
    .selectAll()
    .where("id", "=", connectorId)
    .executeTakeFirstOrThrow();
}
