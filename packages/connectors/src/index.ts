export * from "./connector.ts";
export * from "./registry.ts";
export * from "./emma-inbound/emma-inbound-connector.ts";
export * from "./emma-inbound/normalized-body.ts";
export * from "./emma-inbound/signature.ts";
export * from "./email/index.ts";
export * from "./twilio-voice/twilio-voice-connector.ts";
export * from "./twilio-voice/twilio-voice-config.ts";
export * from "./twilio-voice/signature.ts";
export * from "./twilio-voice/occurred-at.ts";
export * from "./twilio-voice/simulator/twilio-call-driver.ts";
export { signedForm } from "./twilio-voice/simulator/post-signed-form.ts";
export { statusCallback, type CallParties } from "./twilio-voice/simulator/call-params.ts";
export * from "./cti/cti-connector.ts";
export * from "./cti/cti-config.ts";
export * from "./cti/cti-event.ts";
export * from "./facebook/facebook-connector.ts";
export * from "./facebook/facebook-config.ts";
export { facebookThreadKeyOf, type FacebookThread } from "./facebook/thread-keys.ts";
export { hubSignature, verifyHubSignature, HUB_SIGNATURE_HEADER } from "./facebook/signature.ts";
export * from "./x/x-connector.ts";
export * from "./x/x-config.ts";
export { xSignature, verifyXSignature, X_SIGNATURE_HEADER } from "./x/x-signature.ts";
export { dmThreadKey, postThreadKey, readThreadKey, type XThread } from "./x/x-thread-key.ts";
export * from "./discourse/discourse-connector.ts";
export * from "./discourse/discourse-config.ts";
export {
  discourseSignature,
  verifyDiscourseSignature,
  DISCOURSE_SIGNATURE_HEADER,
} from "./discourse/discourse-signature.ts";
export {
  DISCOURSE_EVENT_HEADER,
  DISCOURSE_EVENT_ID_HEADER,
  DISCOURSE_EVENT_TYPE_HEADER,
  DISCOURSE_INSTANCE_HEADER,
} from "./discourse/discourse-delivery.ts";
export {
  DISCOURSE_POLLED_ANSWER_CONTENT_TYPE,
  DISCOURSE_POLLED_POST_CONTENT_TYPE,
  DISCOURSE_WEBHOOK_CONTENT_TYPE,
} from "./discourse/discourse-content-types.ts";
export {
  postExternalId,
  postUrl,
  readTopicThreadKey,
  topicThreadKey,
} from "./discourse/discourse-thread-key.ts";
export { postDedupeKey, topicDedupeKey } from "./discourse/discourse-dedupe-key.ts";
export type {
  DiscoursePost,
  DiscourseTopic,
  DiscourseUser,
  DiscourseLike,
} from "./discourse/discourse-objects.ts";
