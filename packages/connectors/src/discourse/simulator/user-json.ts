import type { ForumUser } from "./forum-types.ts";

/** Discourse's letter avatar for users without an upload; `{size}` is filled in by clients. */
export function avatarTemplate(user: ForumUser): string {
  const letter = (user.username[0] ?? "x").toLowerCase();
  return `/letter_avatar_proxy/v4/letter/${letter}/8c91f0/{size}.png`;
}

/** BasicUserSerializer: how posts, topics and likes name a user. */
export function basicUser(user: ForumUser) {
  return { id: user.id, username: user.username, name: user.name, avatar_template: avatarTemplate(user) };
}

/** CurrentUserSerializer (GET /session/current.json), the fields an API client reads. */
export function currentUserJson(user: ForumUser) {
  return {
    current_user: {
      ...basicUser(user),
      admin: user.admin,
      moderator: user.moderator,
      staff: user.admin || user.moderator,
      trust_level: user.trustLevel,
      can_send_private_messages: true,
    },
  };
}

/** UserSerializer (GET /u/:username.json); the e-mail is never part of it for other users. */
export function userProfileJson(user: ForumUser) {
  return {
    user_badges: [],
    user: {
      ...basicUser(user),
      created_at: user.createdAt.toISOString(),
      trust_level: user.trustLevel,
      moderator: user.moderator,
      admin: user.admin,
      staged: user.staged,
      title: null,
      badge_count: 0,
    },
  };
}

/**
 * AdminDetailedUserSerializer (GET /admin/users/:id.json). `email` only for admins: Discourse shows
 * moderators addresses only when the site lets them (moderators_view_emails, off by default).
 */
export function adminUserJson(user: ForumUser, viewer: ForumUser) {
  return {
    ...basicUser(user),
    ...(viewer.admin ? { email: user.email, secondary_emails: [] } : {}),
    active: user.active,
    admin: user.admin,
    moderator: user.moderator,
    staged: user.staged,
    approved: true,
    trust_level: user.trustLevel,
    created_at: user.createdAt.toISOString(),
    suspended_at: null,
    silenced_till: null,
  };
}

/** WebHookUserSerializer's core, for user_updated deliveries. */
export function webhookUserJson(user: ForumUser) {
  return { user: { ...userProfileJson(user).user, active: user.active } };
}
