/** What the fake Graph API knows about its Page: who wrote when, which comments exist, the token. */
export interface FakeGraphOptions {
  pageId?: string;
  pageName?: string;
  appId?: string;
  appSecret?: string;
  pageAccessToken?: string;
  /** Graph API versions the fake answers; others get Meta's "Unknown path components". */
  versions?: string[];
  /** When the Page token expires; null (default): never, like a long-lived Page token. */
  tokenExpiresAt?: Date | null;
  /** When the app's data access ends (90 days after the admin's last login at Meta). */
  dataAccessExpiresAt?: Date | null;
  scopes?: string[];
  /** The app's webhook fields on the Page; null: the app is not subscribed. */
  subscribedFields?: string[] | null;
  /** Names the User Profile API gives, by PSID. */
  profiles?: Record<string, { first_name: string; last_name: string }>;
  /** The Page's posts by id ("<page id>_<post>"), as `GET /{post-id}?fields=message` answers them. */
  posts?: Record<string, string>;
  now?: () => Date;
}

export interface KnownComment {
  postId: string;
  /** The commenter's PSID-like id, to echo a private reply to. */
  authorId?: string;
  createdAt: Date;
  privatelyAnswered: boolean;
}

export function defaultsOf(options: FakeGraphOptions) {
  return {
    pageId: options.pageId ?? "104857392019283",
    pageName: options.pageName ?? "Emma Demo Bank",
    appId: options.appId ?? "987654321012345",
    appSecret: options.appSecret ?? "0123456789abcdef0123456789abcdef",
    pageAccessToken: options.pageAccessToken ?? "EAAGtestpagetoken0123456789",
    versions: options.versions ?? ["v23.0", "v22.0", "v24.0"],
    tokenExpiresAt: options.tokenExpiresAt ?? null,
    dataAccessExpiresAt: options.dataAccessExpiresAt ?? null,
    scopes: options.scopes ?? [
      "pages_messaging",
      "pages_manage_metadata",
      "pages_read_engagement",
      "pages_manage_engagement",
      "pages_show_list",
    ],
    subscribedFields:
      options.subscribedFields === undefined
        ? [
            "messages",
            "message_echoes",
            "message_edits",
            "message_deliveries",
            "message_reads",
            "messaging_postbacks",
            "feed",
          ]
        : options.subscribedFields,
    profiles: options.profiles ?? {},
    posts: options.posts ?? {},
    now: options.now ?? (() => new Date()),
  };
}
export type FakeGraphSettings = ReturnType<typeof defaultsOf>;
