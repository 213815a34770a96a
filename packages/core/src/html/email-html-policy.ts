import type { IOptions } from "sanitize-html";

// Formatting mail actually uses. Nothing that runs code, submits, embeds or loads a document.
const ALLOWED_TAGS = `
  a abbr address b big blockquote br caption center cite code col colgroup dd del div dl dt em
  figcaption figure font h1 h2 h3 h4 h5 h6 hr i img ins kbd li mark ol p pre q s small span
  strike strong sub sup table tbody td tfoot th thead tr tt u ul wbr
`
  .trim()
  .split(/\s+/);

// Dropped with their content: their text is code or chrome, never part of the message.
export const NON_TEXT_TAGS =
  "script style textarea option noscript title head template iframe object embed svg math".split(" ");

const TABLE_CELL = ["align", "valign", "width", "height", "bgcolor", "colspan", "rowspan"];

// No id or name: mail markup must not clobber the console's DOM (document.foo, form.foo).
const ALLOWED_ATTRIBUTES: IOptions["allowedAttributes"] = {
  "*": ["style", "dir", "lang", "title", "align"],
  a: ["href", "rel", "target"],
  img: ["src", "alt", "width", "height", "data-remote-src"],
  font: ["color", "face", "size"],
  table: ["width", "height", "border", "cellpadding", "cellspacing", "bgcolor", "align"],
  td: TABLE_CELL,
  th: TABLE_CELL,
  tr: ["align", "valign", "bgcolor"],
  col: ["width", "span"],
  colgroup: ["width", "span"],
  ol: ["start", "type"],
};

// A value may not reach outside the message: no url(), expression(), escapes or imports.
const SAFE_VALUE = /^(?!.*(?:url|expression|image-set|image|var|attr)\s*\()(?!.*[\\@])[-#%.,!\w\s"'()/+]+$/i;
const STYLE_PROPERTIES = [
  "color",
  "background-color",
  "font",
  "font-family",
  "font-size",
  "font-style",
  "font-weight",
  "line-height",
  "letter-spacing",
  "text-align",
  "text-decoration",
  "text-transform",
  "vertical-align",
  "white-space",
  "width",
  "max-width",
  "min-width",
  "height",
  "border",
  "border-top",
  "border-right",
  "border-bottom",
  "border-left",
  "border-color",
  "border-style",
  "border-width",
  "border-collapse",
  "border-spacing",
  "border-radius",
  "margin",
  "margin-top",
  "margin-right",
  "margin-bottom",
  "margin-left",
  "padding",
  "padding-top",
  "padding-right",
  "padding-bottom",
  "padding-left",
  "display",
  "list-style-type",
];
// position, z-index, transform are left out on purpose: mail could lay itself over the console's buttons.

export const EMAIL_HTML_POLICY: IOptions = {
  allowedTags: ALLOWED_TAGS,
  nonTextTags: NON_TEXT_TAGS,
  disallowedTagsMode: "discard",
  allowedAttributes: ALLOWED_ATTRIBUTES,
  allowedSchemes: ["http", "https", "mailto", "tel"],
  // cid: inline images the API swaps for attachment URLs; data: is checked to be an image in the img transform.
  allowedSchemesByTag: { img: ["http", "https", "cid", "data"] },
  allowedSchemesAppliedToAttributes: ["href", "src", "cite", "data-remote-src"],
  allowProtocolRelative: false,
  allowedStyles: { "*": Object.fromEntries(STYLE_PROPERTIES.map((property) => [property, [SAFE_VALUE]])) },
};
