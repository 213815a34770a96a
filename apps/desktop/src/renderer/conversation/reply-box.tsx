import {
  MAX_REPLY_ATTACHMENT_BYTES,
  RECIPIENT_FIELDS,
  renderPlaceholders,
  renderReplyMarkdown,
  takesMailExtras,
  type ComposerBox,
  type Mailbox,
  type PersonalDataKind,
  type RecipientField,
  type ReplyStatusAfter,
  type ReplyVisibility,
} from "@emma/core";
import { useMutation } from "@tanstack/react-query";
import {
  useRef,
  useState,
  type ClipboardEvent,
  type DragEvent,
  type KeyboardEvent,
  type SubmitEvent,
} from "react";
import { useTranslation } from "react-i18next";
import type { ConversationSummary, ReplyRulesView } from "../api/router-types.ts";
import { useTRPC } from "../api/trpc.ts";
import { useDraft, useDraftStore } from "../drafts/draft-store.ts";
import type { Colleague } from "../presence/presence-model.ts";
import { MailBody } from "../timeline/mail-body.tsx";
import { ErrorNote } from "../ui/error-note.tsx";
import { newIdempotencyKey } from "../ui/new-idempotency-key.ts";
import { CollisionWarning } from "./collision-warning.tsx";
import { ComposerText } from "./composer-text.tsx";
import { FormatToolbar, applyFormat } from "./format-toolbar.tsx";
import { MailRecipientFields } from "./mail-recipient-fields.tsx";
import { PersonalDataConfirm } from "./personal-data-confirm.tsx";
import { readRecipientTexts, recipientTexts } from "./recipient-texts.ts";
import { ReplyAttachments } from "./reply-attachments.tsx";
import { checkReply, personalDataInPublic } from "./reply-check.ts";
import { ReplyLengthNote } from "./reply-length-note.tsx";
import { ReplyWindowLine } from "./reply-window-line.tsx";
import { ConsentWarning } from "../consent/consent-warning.tsx";
import { SendActions } from "./send-actions.tsx";
import { sendKeyOf } from "./send-keys.ts";
import { useInvalidateConversation } from "./use-invalidate-conversation.ts";
import { useReplyAttachments } from "./use-reply-attachments.ts";
import { VisibilityChoice } from "./visibility-choice.tsx";

interface ReplyBoxProps {
  conversation: ConversationSummary;
  /** What a reply may be now, as the API will check it. */
  rules: ReplyRulesView;
  /** E-mail only: To and Cc of the thread, the fields' starting values. */
  mailRecipients: { to: Mailbox[]; cc: Mailbox[] } | null;
  colleagues: Colleague[];
  onTyping: (composer: ComposerBox) => void;
}

/** What the agent already agreed to for this send. */
interface Confirmed {
  collision?: boolean;
  personalData?: boolean;
}

export function ReplyBox({ conversation, rules, mailRecipients, colleagues, onTyping }: ReplyBoxProps) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const draft = useDraft(conversation.id);
  const setReply = useDraftStore((state) => state.setReply);
  const clear = useDraftStore((state) => state.clear);
  const invalidate = useInvalidateConversation();
  const email = takesMailExtras(conversation.channel);
  const area = useRef<HTMLTextAreaElement>(null);
  const [visibility, setVisibility] = useState<ReplyVisibility | null>(rules.defaultVisibility);
  const [recipientFields, setRecipientFields] = useState(() => recipientTexts(mailRecipients));
  const [shownProblems, setShownProblems] = useState<ReadonlySet<RecipientField>>(new Set());
  const files = useReplyAttachments(MAX_REPLY_ATTACHMENT_BYTES);
  const [preview, setPreview] = useState(false);
  const [dropping, setDropping] = useState(false);
  // Someone else typing a reply to the same customer: sending needs a second, deliberate yes.
  const [confirming, setConfirming] = useState(false);
  // A public answer naming an IBAN, a card number …: posted only after a deliberate yes.
  const [revealing, setRevealing] = useState<PersonalDataKind[]>([]);
  // The status the agent chose with the send, kept while a confirmation asks first.
  const statusAfter = useRef<ReplyStatusAfter | undefined>(undefined);
  // One key per reply as sent (text, visibility, recipients, files, status): a retry after a lost
  // response is deduplicated by the API; anything changed is a new reply and gets a new key.
  const pending = useRef<{ signature: string; key: string } | null>(null);
  const reply = useMutation(
    trpc.conversations.reply.mutationOptions({
      onSuccess: () => {
        pending.current = null;
        clear(conversation.id, "reply");
        files.clear();
        setPreview(false);
        invalidate(conversation.id, conversation.customerId);
      },
    }),
  );
  const text = draft.reply;
  const check = checkReply(rules, visibility, text);
  const recipients = email ? readRecipientTexts(recipientFields) : null;
  const blocked =
    text.trim() === "" ||
    check.tooLong ||
    check.closed ||
    check.shut !== null ||
    reply.isPending ||
    files.uploading ||
    (recipients !== null && recipients.recipients === null);
  const unresolved = renderPlaceholders(text, {}).unresolved;
  const typists = colleagues.filter((colleague) => colleague.activity === "typing-reply");

  const send = (as: ReplyVisibility | null, confirmed: Confirmed, after: ReplyStatusAfter | undefined) => {
    statusAfter.current = after;
    if (recipients !== null && recipients.recipients === null) {
      setShownProblems(new Set(RECIPIENT_FIELDS));
      return;
    }
    const now = checkReply(rules, as, text);
    if (
      text.trim() === "" ||
      now.tooLong ||
      now.closed ||
      now.shut !== null ||
      reply.isPending ||
      files.uploading
    )
      return;
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
    const extras = email
      ? {
          format: "markdown" as const,
          ...(recipients?.recipients ? { recipients: recipients.recipients } : {}),
          attachments: files.ready,
        }
      : {};
    const signature = JSON.stringify([text, as, extras, after]);
    if (pending.current?.signature !== signature) pending.current = { signature, key: newIdempotencyKey() };
    reply.mutate({
      conversationId: conversation.id,
      text,
      ...(as === null ? {} : { visibility: as }),
      ...extras,
      ...(after ? { statusAfter: after } : {}),
      idempotencyKey: pending.current.key,
    });
  };

  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    send(visibility, {}, undefined);
  };

  // Ctrl+Enter sends (with Shift: and resolves; with Alt: and waits); Ctrl+B/I format an e-mail.
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    const sendKey = sendKeyOf(event);
    if (sendKey) {
      event.preventDefault();
      send(visibility, {}, sendKey.statusAfter);
      return;
    }
    const format = email && (event.ctrlKey || event.metaKey) && !event.altKey ? formatKey(event.key) : null;
    if (format) {
      event.preventDefault();
      applyFormat(event.currentTarget, format, t("composer.linkLabel"), (value) =>
        setReply(conversation.id, value),
      );
    }
  };

  const onPaste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    if (!email || event.clipboardData.files.length === 0) return;
    event.preventDefault();
    files.add([...event.clipboardData.files]);
  };
  const carriesFiles = (event: DragEvent) => email && event.dataTransfer.types.includes("Files");
  const onDragOver = (event: DragEvent<HTMLFormElement>) => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    setDropping(true);
  };
  const onDrop = (event: DragEvent<HTMLFormElement>) => {
    setDropping(false);
    if (!carriesFiles(event)) return;
    event.preventDefault();
    files.add([...event.dataTransfer.files]);
  };

  const social = conversation.channel === "facebook" || conversation.channel === "twitter";
  return (
    <form
      className={`reply-box${dropping ? " dropping" : ""}`}
      onSubmit={onSubmit}
      onDragOver={onDragOver}
      onDragLeave={() => setDropping(false)}
      onDrop={onDrop}
    >
      <ConsentWarning conversation={conversation} />
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
      {recipients ? (
        <MailRecipientFields
          value={recipientFields}
          problems={recipients.problems}
          shown={shownProblems}
          onChange={setRecipientFields}
          onLeave={(field) => setShownProblems(new Set([...shownProblems, field]))}
        />
      ) : null}
      {check.option ? <ReplyWindowLine window={check.option.window} /> : null}
      {check.shut === null ? null : (
        <p className="reply-window closed small-text" role="alert">
          {t(check.shut === "closed" ? "forum.replyShut.closed" : "forum.replyShut.removed")}
        </p>
      )}
      {email ? (
        <FormatToolbar
          area={area}
          onChange={(value) => setReply(conversation.id, value)}
          preview={preview}
          onPreview={setPreview}
        />
      ) : null}
      {preview ? (
        <div className="reply-preview" aria-label={t("composer.preview")}>
          {text.trim() === "" ? (
            <p className="muted">{t("composer.previewEmpty")}</p>
          ) : (
            <MailBody html={renderReplyMarkdown(text).html} />
          )}
        </div>
      ) : (
        <ComposerText
          id="reply-text"
          label={t("conversation.reply")}
          rows={4}
          value={text}
          conversation={conversation}
          placeholder={t("conversation.replyPlaceholder", { name: conversation.customerName ?? "" })}
          invalid={check.tooLong}
          areaRef={area}
          keyShortcuts="Control+Enter Control+Shift+Enter Control+Alt+Enter Control+/"
          onChange={(value) => {
            setReply(conversation.id, value);
            onTyping("reply");
          }}
          onKeyDown={onKeyDown}
          onPaste={onPaste}
        />
      )}
      {dropping ? <p className="drop-note small-text">{t("composer.dropHere")}</p> : null}
      {unresolved.length > 0 ? (
        <p className="placeholder-warning small-text" role="status">
          {t("canned.unresolved", { placeholders: unresolved.join(", ") })}
        </p>
      ) : null}
      {revealing.length > 0 ? (
        <PersonalDataConfirm
          found={revealing}
          onSendPublic={() => send("public", { personalData: true }, statusAfter.current)}
          onSendPrivate={() => {
            setVisibility("private");
            send("private", {}, statusAfter.current);
          }}
          onCancel={() => setRevealing([])}
        />
      ) : null}
      {confirming ? (
        <CollisionWarning
          names={typists.map((typist) => typist.displayName)}
          onConfirm={() => send(visibility, { collision: true, personalData: true }, statusAfter.current)}
          onCancel={() => setConfirming(false)}
        />
      ) : null}
      <ReplyAttachments enabled={email} files={files.files} onAdd={files.add} onRemove={files.remove} />
      <div className="composer-foot">
        <ReplyLengthNote channel={conversation.channel} check={check} draftSaved={text !== ""} />
        <SendActions
          disabled={blocked}
          sending={reply.isPending}
          onSend={(after) => send(visibility, {}, after)}
        />
      </div>
      {reply.error ? <ErrorNote error={reply.error} /> : null}
    </form>
  );
}

function formatKey(key: string): "bold" | "italic" | null {
  if (key === "b" || key === "B") return "bold";
  if (key === "i" || key === "I") return "italic";
  return null;
}
