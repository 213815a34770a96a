import sanitize from "sanitize-html";
import { EMAIL_HTML_POLICY } from "./email-html-policy.ts";

export interface SanitizedHtml {
  /** Safe to render in the console: no script, no remote loads until the agent allows them. */
  html: string;
  /** True when remote images were held back in data-remote-src (they would tell the sender the mail was read). */
  blockedRemoteContent: boolean;
}

// Raster formats only: an SVG data URL is a document of its own.
const DATA_IMAGE = /^data:image\/(?:png|jpe?g|gif|webp|bmp);base64,[a-z0-9+/=\s]+$/i;
// Protocol-relative "//host/x.png" loads remotely too; it is kept as https.
const REMOTE = /^(?:https?:)?\/\//i;

/** Sanitizes HTML from outside (mail, forum posts) before it is stored; run on the server (invariant 6). */
export function sanitizeEmailHtml(html: string): SanitizedHtml {
  let blockedRemoteContent = false;
  const result = sanitize(html, {
    ...EMAIL_HTML_POLICY,
    transformTags: {
      a: (tagName, attribs) => ({
        tagName,
        attribs: { ...attribs, rel: "noopener noreferrer", target: "_blank" },
      }),
      img: (tagName, attribs) => {
        // Only we write data-remote-src: one from the sender would be loaded when the agent allows remote content.
        const { src = "", "data-remote-src": _ignored, ...rest } = attribs;
        const source = src.trim();
        if (REMOTE.test(source)) {
          blockedRemoteContent = true;
          const remote = source.startsWith("//") ? `https:${source}` : source;
          return { tagName, attribs: { ...rest, "data-remote-src": remote } };
        }
        if (source.toLowerCase().startsWith("data:") && !DATA_IMAGE.test(source))
          return { tagName, attribs: rest };
        return { tagName, attribs: source === "" ? rest : { ...rest, src: source } };
      },
    },
  });
  return { html: result, blockedRemoteContent };
}
