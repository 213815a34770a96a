/** A forum member as the fake keeps it (Discourse's users table, the columns the API shows). */
export interface ForumUser {
  id: number;
  username: string;
  name: string;
  email: string;
  /** Discourse's `active`: the e-mail address was confirmed. */
  active: boolean;
  /** Created for an e-mail sender who never signed up (no verified address). */
  staged: boolean;
  admin: boolean;
  moderator: boolean;
  trustLevel: number;
  createdAt: Date;
}

export interface ForumCategory {
  id: number;
  name: string;
  slug: string;
}

export type Archetype = "regular" | "private_message";

export interface ForumTopic {
  id: number;
  title: string;
  slug: string;
  archetype: Archetype;
  categoryId: number | null;
  userId: number;
  /** The recipients of a private message (the author included), by user id. */
  allowedUserIds: number[];
  closed: boolean;
  archived: boolean;
  /** False while its first post is hidden by flags. */
  visible: boolean;
  createdAt: Date;
  bumpedAt: Date;
  deletedAt: Date | null;
  deletedById: number | null;
  /** discourse-solved: the accepted answer and who accepted it. */
  solved: { postId: number; accepterId: number } | null;
}

/** Discourse's post types: a reply, or the small action note a status change leaves. */
export const POST_TYPES = { regular: 1, moderatorAction: 2, smallAction: 3, whisper: 4 } as const;
export type PostType = (typeof POST_TYPES)[keyof typeof POST_TYPES];

export interface ForumPost {
  id: number;
  topicId: number;
  postNumber: number;
  postType: PostType;
  userId: number;
  raw: string;
  cooked: string;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  replyToPostNumber: number | null;
  /** Set when staff deleted it (or its topic): gone for everyone but staff. */
  deletedAt: Date | null;
  deletedById: number | null;
  /** Its author deleted it: it stays, its raw replaced by Discourse's placeholder. */
  userDeleted: boolean;
  /** Its raw before its author deleted it, for a recovery. */
  rawBeforeUserDelete: string | null;
  hidden: boolean;
  likeUserIds: number[];
  /** A small action's code, e.g. "closed.enabled". */
  actionCode: string | null;
}
