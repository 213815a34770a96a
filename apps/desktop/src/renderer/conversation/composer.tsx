import { canReplyInWriting, type ComposerBox, type Mailbox } from "@emma/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { ConversationSummary, ReplyRulesView } from "../api/router-types.ts";
import type { Colleague } from "../presence/presence-model.ts";
import { NoteBox } from "./note-box.tsx";
import { ReplyBox } from "./reply-box.tsx";
import { useComposerFocus } from "./use-composer-focus.ts";

type Mode = "reply" | "note";

interface ComposerProps {
  conversation: ConversationSummary;
  /** What a reply may be now (public or private, how long, Meta's window). */
  replyRules: ReplyRulesView;
  /** E-mail only: whom a reply goes to unless the agent changes it. */
  mailRecipients: { to: Mailbox[]; cc: Mailbox[] } | null;
  colleagues: Colleague[];
  /** Tells colleagues this agent is typing (throttled by the presence reporter). */
  onTyping: (composer: ComposerBox) => void;
}

/** Reply or internal note; phone conversations get notes only (they are answered by calling back). */
export function Composer({ conversation, replyRules, mailRecipients, colleagues, onTyping }: ComposerProps) {
  const { t } = useTranslation();
  const writable = canReplyInWriting(conversation.channel);
  const [mode, setMode] = useState<Mode>(writable ? "reply" : "note");
  useComposerFocus(mode, setMode, writable);

  return (
    <section
      className={`composer mode-${mode}`}
      aria-label={mode === "reply" ? t("conversation.reply") : t("conversation.note")}
    >
      <div className="composer-tabs" role="tablist">
        <button
          type="button"
          role="tab"
          aria-selected={mode === "reply"}
          onClick={() => setMode("reply")}
          disabled={!writable}
        >
          {t("conversation.tabReply")}
        </button>
        <button type="button" role="tab" aria-selected={mode === "note"} onClick={() => setMode("note")}>
          {t("conversation.tabNote")}
        </button>
        {!writable ? <span className="muted small-text">{t("conversation.noWrittenReply")}</span> : null}
      </div>
      {mode === "reply" && writable ? (
        <ReplyBox
          conversation={conversation}
          rules={replyRules}
          mailRecipients={mailRecipients}
          colleagues={colleagues}
          onTyping={onTyping}
        />
      ) : (
        <NoteBox conversation={conversation} onTyping={onTyping} />
      )}
    </section>
  );
}
