/**
 * Real servers for tests of code that talks to email providers (the API's round-trip tests, e2e):
 * Dovecot from Debian's packages as the IMAP mailbox, smtp-server as the receiving MTA. Imported as
 * `@emma/connectors/simulators`; `emma demo` runs them too, so what they import is a runtime dependency.
 */
export { startDovecot, whyNoDovecot, type DovecotServer } from "./email/test/dovecot.ts";
export { deliver } from "./email/test/imap-admin.ts";
export { startSmtpReceiver, type SmtpReceiver } from "./email/test/smtp-receiver.ts";
export { mail } from "./email/test/mail.ts";
export { sharedFixture } from "./test-support/shared-fixtures.ts";
export { AUTOMATED_SAMPLES, automatedSample, type AutomatedSample } from "./email/test/automated-mail.ts";
/**
 * Meta for the Facebook Page connector: a fake Graph API (Send API, comment replies, debug_token,
 * subscribed_apps, profiles, an expiring CDN, injectable failures; echoes accepted sends back to a
 * registered callback) and a driver that verifies the callback URL and delivers signed Page webhooks.
 */
export { startFakeGraphApi, type FakeGraphApi } from "./facebook/simulator/fake-graph-api.ts";
export type { FakeGraphOptions } from "./facebook/simulator/fake-graph-state.ts";
export type { GraphFailure } from "./facebook/simulator/graph-failures.ts";
export {
  createFacebookWebhookDriver,
  signedWebhook,
  FacebookDeliveryError,
  type FacebookWebhookDriver,
} from "./facebook/simulator/webhook-driver.ts";
export * as facebookEvents from "./facebook/simulator/webhook-events.ts";
export {
  startFakeXApi,
  type FakeXApi,
  type FakeXApiOptions,
  type FakeXEndpoint,
  type FakeXFailure,
  type FakeXSent,
} from "./x/simulator/fake-x-api.ts";
export {
  createXWebhookDriver,
  signedXDelivery,
  XDeliveryError,
  type XWebhookDriver,
} from "./x/simulator/x-webhook-driver.ts";
export * from "./x/simulator/xaa-builders.ts";
export { snowflake } from "./x/simulator/snowflake.ts";
/**
 * Discourse for the forum connector: a fake forum (users, categories, topics, private messages,
 * posts) serving Discourse's API with its answers and errors, injectable failures, and Discourse's
 * signed webhooks for every change (retries under new event ids, drops, redeliveries, the echo of a
 * post Emma made). `discourseDelivery` builds one signed delivery without a running fake.
 */
export {
  startFakeDiscourse,
  DEFAULT_DISCOURSE_API_KEY,
  type FakeDiscourse,
  type FakeDiscourseOptions,
} from "./discourse/simulator/fake-discourse.ts";
export {
  discourseDelivery,
  discourseSignature,
  deliveryBody,
  subscriptionOf,
  type DiscourseEvent,
  type DiscourseEventType,
} from "./discourse/simulator/discourse-delivery.ts";
export type { DiscourseWebhook, DiscourseDeliveryRecord } from "./discourse/simulator/webhook-dispatcher.ts";
export type { DiscourseApiKey } from "./discourse/simulator/api-auth.ts";
export {
  DISCOURSE_ENDPOINTS,
  type DiscourseEndpoint,
  type DiscourseFailure,
  type RecordedDiscourseRequest,
} from "./discourse/simulator/api-failures.ts";
export { DELETED_BY_AUTHOR } from "./discourse/simulator/forum-actions.ts";
export type { NewForumUser, UserRef } from "./discourse/simulator/forum-scenario.ts";
export type { ForumCategory, ForumPost, ForumTopic, ForumUser } from "./discourse/simulator/forum-types.ts";
