import { EXPORT_LABELS, type ExportLabels } from "./export-labels.ts";
import type { CustomerExport, ExportedAttachment, ExportedItem } from "./export-schema.ts";
import type { PostalAddress } from "../../matching/match-profile.ts";

/**
 * The export as a document a person reads: one self-contained HTML file (no script, no external
 * resource, print-friendly), in the export's language, times in `timeZone`. Everything that came
 * from outside is escaped: a customer's message is shown as text, never as markup.
 */
export function renderExportHtml(data: CustomerExport, timeZone: string): string {
  const l = EXPORT_LABELS[data.language];
  const when = timeFormatter(data.language, timeZone);
  const parts: string[] = [
    `<!doctype html><html lang="${data.language}"><head><meta charset="utf-8">`,
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    `<title>${esc(l.title)}: ${esc(data.customer.displayName)}</title><style>${STYLE}</style></head><body>`,
    `<h1>${esc(l.title)}</h1><p>${esc(l.intro)}</p>`,
    `<p class="meta">${esc(l.generatedAt)}: ${esc(when(data.generatedAt))} (${esc(timeZone)})</p>`,
    `<h2>${esc(l.person)}</h2>`,
    table(
      [l.name, l.customerNumber, l.birthDate, l.postalAddress, l.language, l.createdAt],
      [data.customer, ...data.mergedRecords].map((r) => [
        r.recordName && r.recordName !== r.displayName ? `${r.displayName} (${r.recordName})` : r.displayName,
        r.customerNumber ?? "",
        r.birthDate ?? "",
        r.postalAddress ? addressLine(r.postalAddress) : "",
        r.locale ?? "",
        when(r.createdAt),
      ]),
      l,
    ),
    `<h2>${esc(l.identities)}</h2>`,
    table(
      [l.kind, l.value, l.firstSeen, l.source],
      data.identities.map((i) => [
        l.channels[i.kind],
        i.display && i.display !== i.value ? `${i.value} (${i.display})` : i.value,
        when(i.firstSeenAt),
        i.linkedBy ?? i.firstSeenBy ?? "",
      ]),
      l,
    ),
    `<h2>${esc(l.holdings)}</h2>`,
    table(
      [l.kind, l.name, l.reference, l.status, l.balance, l.source],
      data.holdings.map((h) => [
        h.kind,
        h.name,
        h.reference,
        h.status,
        h.balanceMinor === null ? "" : money(h.balanceMinor, h.currency, data.language),
        h.sourceSystem,
      ]),
      l,
    ),
    `<h2>${esc(l.consents)}</h2>`,
    table(
      [l.when, l.channel, l.purpose, l.state, l.how, l.recordedBy, l.note],
      data.consents.map((c) => [
        when(c.recordedAt),
        c.channel === null ? l.everyChannel : l.channels[c.channel],
        l.purposes[c.purpose],
        l.states[c.state],
        l.hows[c.how],
        c.recordedBy ?? "",
        c.note ?? "",
      ]),
      l,
    ),
    `<h2>${esc(l.conversations)}</h2>`,
  ];
  if (data.conversations.length === 0) parts.push(`<p class="empty">${esc(l.none)}</p>`);
  for (const conversation of data.conversations) {
    const heading = conversation.id === null ? l.withoutConversation : (conversation.subject ?? "—");
    parts.push(
      `<section class="conversation"><h3>${esc(heading)}</h3>`,
      `<p class="meta">${esc(l.channels[conversation.channel])}${conversation.createdAt ? ` · ${esc(when(conversation.createdAt))}` : ""}</p>`,
    );
    for (const item of conversation.items) parts.push(renderItem(item, l, when));
    parts.push(`</section>`);
  }
  parts.push(
    `<h2>${esc(l.access)}</h2>`,
    table(
      [l.when, l.who, l.what],
      data.access.map((a) => [when(a.at), a.actor ?? l.system, a.action]),
      l,
    ),
    `</body></html>`,
  );
  return parts.join("");
}

function renderItem(item: ExportedItem, l: ExportLabels, when: (iso: string) => string): string {
  const head = [
    when(item.occurredAt),
    `${l.kinds[item.kind]} (${l.channels[item.channel]})`,
    l.directions[item.direction],
    item.author ?? "",
  ]
    .filter((part) => part !== "")
    .join(" · ");
  const parts = [`<article><p class="meta">${esc(head)}</p>`];
  if (item.subject) parts.push(`<p class="subject">${esc(item.subject)}</p>`);
  if (item.redacted) parts.push(`<p class="empty">${esc(l.redacted)}</p>`);
  if (item.text) parts.push(`<p class="text">${esc(item.text)}</p>`);
  if (item.call) {
    const call = item.call;
    const facts = [
      `${l.from}: ${call.from}`,
      `${l.to}: ${call.to}`,
      `${l.status}: ${call.status}`,
      ...(call.durationSeconds === undefined ? [] : [`${l.duration}: ${duration(call.durationSeconds)}`]),
      ...(call.recordingUrl === undefined ? [] : [`${l.recording}: ${call.recordingUrl}`]),
    ];
    parts.push(`<ul class="facts">${facts.map((fact) => `<li>${esc(fact)}</li>`).join("")}</ul>`);
    if (call.transcript) parts.push(`<p class="text">${esc(`${l.transcript}: ${call.transcript}`)}</p>`);
  }
  if (item.forum?.url) parts.push(`<p class="meta">${esc(item.forum.url)}</p>`);
  if (item.attachments.length > 0)
    parts.push(
      `<p class="meta">${esc(l.attachments)}:</p><ul class="files">${item.attachments
        .map((a) => `<li>${esc(attachmentLine(a, l))}</li>`)
        .join("")}</ul>`,
    );
  parts.push(`</article>`);
  return parts.join("");
}

function attachmentLine(a: ExportedAttachment, l: ExportLabels): string {
  const where = a.file ?? l.noFile;
  return `${a.filename} (${a.contentType}, ${a.size} B) — ${where}`;
}

function table(headings: string[], rows: string[][], l: ExportLabels): string {
  if (rows.length === 0) return `<p class="empty">${esc(l.none)}</p>`;
  const head = headings.map((h) => `<th>${esc(h)}</th>`).join("");
  const body = rows.map((row) => `<tr>${row.map((cell) => `<td>${esc(cell)}</td>`).join("")}</tr>`).join("");
  return `<table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

function timeFormatter(language: string, timeZone: string): (iso: string) => string {
  const format = new Intl.DateTimeFormat(language === "de" ? "de-DE" : "en-GB", {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone,
  });
  return (iso) => format.format(new Date(iso));
}

function money(minor: number, currency: string | null, language: string): string {
  const amount = minor / 100;
  const locale = language === "de" ? "de-DE" : "en-GB";
  return currency
    ? new Intl.NumberFormat(locale, { style: "currency", currency }).format(amount)
    : new Intl.NumberFormat(locale, { minimumFractionDigits: 2 }).format(amount);
}

function duration(seconds: number): string {
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
}

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};
function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

const STYLE = `body{font:11pt/1.45 system-ui,sans-serif;color:#111;max-width:60rem;margin:2rem auto;padding:0 1rem}
h1{font-size:1.6rem}h2{font-size:1.25rem;border-bottom:1px solid #999;margin-top:2rem}h3{font-size:1.05rem;margin:1rem 0 .2rem}
table{border-collapse:collapse;width:100%;font-size:.92rem}th,td{border:1px solid #bbb;padding:.25rem .45rem;text-align:left;vertical-align:top}
th{background:#eee}.meta{color:#555;font-size:.88rem;margin:.2rem 0}.empty{color:#555;font-style:italic}
.subject{font-weight:600;margin:.2rem 0}.text{white-space:pre-wrap;margin:.2rem 0}
article{border-left:3px solid #ccc;padding:.1rem 0 .1rem .7rem;margin:.6rem 0;break-inside:avoid}
ul{margin:.2rem 0}@media print{body{margin:0;max-width:none}h2{break-after:avoid}section{break-inside:auto}}`;

/** "Hauptstraße 12a, 10115 Berlin, DE" */
function addressLine(address: PostalAddress): string {
  const street = [address.street, address.houseNumber].filter(Boolean).join(" ");
  return `${street}, ${address.postalCode} ${address.city}, ${address.country}`;
}
