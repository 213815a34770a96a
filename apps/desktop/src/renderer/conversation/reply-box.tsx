import {
  renderPlaceholders,
  type ComposerBox,
  type PersonalDataKind,
  type ReplyVisibility,
} from "@emma/core";
import { useMutation } from "@tanstack/react-query";
import { useRef, useState, type KeyboardEvent, type SubmitEvent } from "react";
import { useTranslation } from "react-i18next";
import type { ConversationSummary, ReplyRulesView } from "../api/router-types.ts";
import { useTRPC } from "../api/trpc.ts";
import { useDraft, useDraftStore } from "../drafts/draft-store.ts";
import type { Colleague } from "../presence/presence-model.ts";
import { ErrorNote } from "../ui/error-note.tsx";
import { newIdempotencyKey } from "../ui/new-idempotency-key.ts";
import { CollisionWarning } from "./collision-warning.tsx";
import { ComposerText } from "./composer-text.tsx";
import { PersonalDataConfirm } from "./personal-data-confirm.tsx";
import { checkReply, personalDataInPublic } from "./reply-check.ts";
import { ReplyLengthNote } from "./reply-length-note.tsx";
import { ReplyWindowLine } from "./reply-window-line.tsx";
import { useInvalidateConversation } from "./use-invalidate-conversation.ts";
import { VisibilityChoice } from "./visibility-choice.tsx";

interface ReplyBoxProps {
  conversation: ConversationSummary;
  /** What a reply may be now, as the API will check it. */
  rules: ReplyRulesView;
  colleagues: Colleague[];
  onTyping: (composer: ComposerBox) => void;
}

/** What the agent already agreed to for this send. */
interface Confirmed {
  collision?: boolean;
  personalData?: boolean;
}

export function ReplyBox({ conversation, rules, colleagues, onTyping }: ReplyBoxProps) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const draft = useDraft(conversation.id);
  const setReply = useDraftStore((state) => state.setReply);
  const clear = useDraftStore((state) => state.clear);
  const invalidate = useInvalidateConversation();
  const [visibility, setVisibility] = useState<ReplyVisibility | null>(rules.defaultVisibility);
  // Someone else typing a reply to the same customer: sending needs a second, deliberate yes.
  const [confirming, setConfirming] = useState(false);
  // A public answer naming an IBAN, a card number …: posted only after a deliberate yes.
  const [revealing, setRevealing] = useState<PersonalDataKind[]>([]);
  // One key per reply text and visibility: a retry after a lost response is deduplicated by the
  // API; an edited text or another visibility is a new reply and gets a new key.
  const pending = useRef<{ text: string; visibility: ReplyVisibility | null; key: string } | null>(null);
  const reply = useMutation(
    trpc.conversations.reply.mutationOptions({
      onSuccess: () => {
        pending.current = null;
        clear(conversation.id, "reply");
        invalidate(conversation.id, conversation.customerId);
      },
    }),
  );
  const text = draft.reply;
  const check = checkReply(rules, visibility, text);
  const blocked = text.trim() === "" || check.tooLong || check.closed || reply.isPending;
  const unresolved = renderPlaceholders(text, {}).unresolved;
  const typists = colleagues.filter((colleague) => colleague.activity === "typing-reply");

  const send = (as: ReplyVisibility | null, confirmed: Confirmed) => {
    const now = checkReply(rules, as, text);
    if (text.trim() === "" || now.tooLong || now.closed || reply.isPending) return;
    const found = confirmed.personalData ? [] : personalDataInPublic(rules, as, text);
    if (found.length > 0) {
      setRevealing(found);
      return;
    }
    setRevealing([]);
    if (typists.length > 0 && !confirmed.collision) {
      setConfirming(true);
      return;
    }
    setConfirming(false);
    if (pending.current?.text !== text || pending.current.visibility !== as)
      pending.current = { text, visibility: as, key: newIdempotencyKey() };
    reply.mutate({
      conversationId: conversation.id,
      text,
      ...(as === null ? {} : { visibility: as }),
      idempotencyKey: pending.current.key,
    });
  };

  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    send(visibility, {});
  };

  // Ctrl/Cmd+Enter sends, as in mail programs; Enter alone is a new line.
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) send(visibility, {});
  };

  const social = conversation.channel === "facebook" || conversation.channel === "twitter";
  return (
    <form className="reply-box" onSubmit={onSubmit}>
      {social && rules.visibilities.length > 0 && visibility !== null ? (
        <VisibilityChoice
          channel={conversation.channel === "facebook" ? "facebook" : "twitter"}
          offered={rules.visibilities}
          value={visibility}
          onChange={(next) => {
            setVisibility(next);
            setRevealing([]);
          }}
        />
      ) : null}
      {check.option ? <ReplyWindowLine window={check.option.window} /> : null}
      <ComposerText
        id="reply-text"
        label={t("conversation.reply")}
        rows={4}
        value={text}
        conversation={conversation}
        placeholder={t("conversation.replyPlaceholder", { name: conversation.customerName ?? "" })}
        invalid={check.tooLong}
        onChange={(value) => {
          setReply(conversation.id, value);
          onTyping("reply");
        }}
        onKeyDown={onKeyDown}
      />
      {unresolved.length > 0 ? (
        <p className="placeholder-warning small-text" role="status">
          {t("canned.unresolved", { placeholders: unresolved.join(", ") })}
        </p>
      ) : null}
      {revealing.length > 0 ? (
        <PersonalDataConfirm
          found={revealing}
          onSendPublic={() => send("public", { personalData: true })}
          onSendPrivate={() => {
            setVisibility("private");
            send("private", {});
          }}
          onCancel={() => setRevealing([])}
        />
      ) : null}
      {confirming ? (
        <CollisionWarning
          names={typists.map((typist) => typist.displayName)}
          onConfirm={() => send(visibility, { collision: true, personalData: true })}
          onCancel={() => setConfirming(false)}
        />
      ) : null}
      <div className="composer-foot">
        <ReplyLengthNote channel={conversation.channel} check={check} draftSaved={text !== ""} />
        <button type="submit" className="primary" disabled={blocked}>
          {reply.isPending ? t("conversation.sending") : t("conversation.send")}
        </button>
      </div>
      {reply.error ? <ErrorNote error={reply.error} /> : null}
    </form>
  );
}
