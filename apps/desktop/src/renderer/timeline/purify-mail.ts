import DOMPurify from "dompurify";

export interface PurifiedMail {
  html: string;
  /** Remote images the server held back that "Bilder laden" would show. */
  blockedImages: number;
}

const REMOTE = /^https:\/\//i;

/**
 * The server sanitized this HTML already (DESIGN invariant 6); this second pass guards against a
 * server bug. Remote images arrive as data-remote-src and stay unloaded (a tracking pixel tells
 * the sender the mail was read) until the agent allows them for this one message.
 */
export function purifyMail(html: string, loadImages: boolean): PurifiedMail {
  let blockedImages = 0;
  const purify = DOMPurify(window);
  purify.addHook("afterSanitizeAttributes", (node) => {
    if (node instanceof HTMLAnchorElement) {
      node.setAttribute("rel", "noopener noreferrer");
      node.setAttribute("target", "_blank");
    }
    if (node instanceof HTMLImageElement) {
      const src = node.getAttribute("src") ?? "";
      if (/^(?:https?:)?\/\//i.test(src)) {
        // A remote src that was not held back by the server is held back here.
        node.setAttribute("data-remote-src", src);
        node.removeAttribute("src");
      }
      node.removeAttribute("srcset");
      const remote = node.getAttribute("data-remote-src");
      if (remote !== null) {
        if (loadImages && REMOTE.test(remote)) node.setAttribute("src", remote);
        else blockedImages += 1;
      }
    }
  });
  const clean = purify.sanitize(html, {
    FORBID_TAGS: [
      "style",
      "form",
      "input",
      "button",
      "textarea",
      "select",
      "iframe",
      "object",
      "embed",
      "svg",
      "math",
      "link",
      "meta",
      "base",
    ],
    FORBID_ATTR: ["id", "name", "background", "srcset", "poster", "action", "formaction"],
    ADD_ATTR: ["data-remote-src", "target"],
    ALLOW_DATA_ATTR: false,
  });
  return { html: clean, blockedImages };
}
