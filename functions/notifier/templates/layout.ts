/**
 * How a message is laid out: a message is a heading and a list of blocks, and each block is
 * rendered once as HTML and once as plain text, so the two parts always say the same thing.
 * This is the only place that writes HTML, and every string it receives is escaped here.
 */

/** A paragraph, a quoted user text, a button with its link, small print, or a list. */
export type Block =
  | { p: string }
  | { quote: string }
  | { button: string; href: string; fallback: string }
  | { small: string }
  | { list: string[] };

export type Message = { subject: string; heading: string; blocks: Block[]; footer: string };

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for an HTML element or a double-quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/**
 * Links are built by the caller from the configured app URL; refusing anything but http(s)
 * keeps a `javascript:` or `data:` URL from ever becoming a button, whatever goes wrong upstream.
 */
export function assertWebLink(href: string): string {
  if (!/^https?:\/\//i.test(href)) throw new Error(`Email links must be http(s) URLs, got: ${href.slice(0, 40)}`);
  return href;
}

const FONT = "-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,Helvetica,Arial,sans-serif";
const BLUE = '#1d4ed8';

function blockHtml(b: Block): string {
  if ('p' in b) return `<p style="margin:0 0 16px;line-height:1.5">${escapeHtml(b.p)}</p>`;
  if ('quote' in b) {
    // pre-wrap keeps the line breaks of a comment as the approver typed it.
    return `<blockquote style="margin:0 0 16px;padding:10px 14px;border-left:4px solid #93c5fd;background:#eff6ff;white-space:pre-wrap;line-height:1.5">${escapeHtml(b.quote)}</blockquote>`;
  }
  if ('small' in b) return `<p style="margin:0 0 12px;font-size:14px;line-height:1.45;color:#4b5563">${escapeHtml(b.small)}</p>`;
  if ('list' in b) return `<ul style="margin:0 0 16px;padding-left:20px;line-height:1.5">${b.list.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>`;
  const href = escapeHtml(assertWebLink(b.href));
  // A table-cell button, because Outlook ignores padding on a bare <a>; the address is also
  // written out for clients that strip buttons and for people who prefer to see where it goes.
  return (
    `<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:24px 0 12px"><tr>` +
    `<td style="border-radius:6px;background:${BLUE}">` +
    `<a href="${href}" style="display:inline-block;padding:14px 28px;font-family:${FONT};font-size:16px;font-weight:600;color:#ffffff;text-decoration:none;border-radius:6px">${escapeHtml(b.button)}</a>` +
    `</td></tr></table>` +
    `<p style="margin:0 0 4px;font-size:13px;color:#4b5563">${escapeHtml(b.fallback)}</p>` +
    `<p style="margin:0 0 20px;font-size:13px;line-height:1.4;word-break:break-all"><a href="${href}" style="color:${BLUE}">${href}</a></p>`
  );
}

function blockText(b: Block): string {
  if ('p' in b) return b.p;
  if ('quote' in b) return b.quote.split('\n').map((line) => `> ${line}`).join('\n');
  if ('small' in b) return b.small;
  if ('list' in b) return b.list.map((i) => `- ${i}`).join('\n');
  return `${b.button}:\n${assertWebLink(b.href)}`;
}

/** A single-column page at most 560px wide: readable on a phone without zooming. */
export function renderHtml(m: Message, lang: string): string {
  return (
    `<!doctype html><html lang="${escapeHtml(lang)}"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width,initial-scale=1">` +
    `<title>${escapeHtml(m.subject)}</title></head>` +
    `<body style="margin:0;padding:0;background:#f3f4f6">` +
    `<div style="max-width:560px;margin:0 auto;padding:24px 20px;background:#ffffff;font-family:${FONT};font-size:16px;color:#111827">` +
    `<h1 style="margin:0 0 20px;font-size:20px;line-height:1.3">${escapeHtml(m.heading)}</h1>` +
    m.blocks.map(blockHtml).join('') +
    `<hr style="border:none;border-top:1px solid #e5e7eb;margin:24px 0 12px">` +
    `<p style="margin:0;font-size:12px;line-height:1.4;color:#6b7280">${escapeHtml(m.footer)}</p>` +
    `</div></body></html>`
  );
}

export function renderText(m: Message): string {
  return [m.heading, '', ...m.blocks.flatMap((b) => [blockText(b), '']), '--', m.footer, ''].join('\n');
}
