import { useTranslation } from "react-i18next";
import { bridge } from "../platform/bridge.ts";
import type { CommentPost } from "./social-metadata.ts";

/** At the top of a comment thread: the Page post the comments are on, opened outside the console. */
export function CommentPostLink({ post }: { post: CommentPost }) {
  const { t } = useTranslation();
  return (
    <div className="comment-post">
      <span className="muted small-text">{t("social.post")}</span>
      {post.excerpt ? <q className="comment-post-excerpt">{post.excerpt}</q> : null}
      {post.permalink ? (
        <a
          href={post.permalink}
          rel="noopener noreferrer"
          onClick={(event) => {
            // Through the host's allow-list, never inside the app window (as mail links).
            event.preventDefault();
            if (post.permalink) void bridge.openExternal(post.permalink);
          }}
        >
          {t("social.openPost")}
        </a>
      ) : (
        <span>{t("social.postWithoutLink", { id: post.postId })}</span>
      )}
    </div>
  );
}
