/**
 * Email templates: every message has an HTML part (inline styles, one clear button, the link
 * also written out) and a plain-text part with the same content, in English, Russian or Uzbek.
 * All user-supplied text is escaped in HTML. No tracking pixels, no external images.
 */
import type { Language } from '../../../shared/schemas/common';
import type { RoleName } from '../../../shared/schemas/directory';
import { formatDate, kindLabel, roleLabel } from '../../../shared/i18n';

export type RenderedEmail = { subject: string; html: string; text: string };
export type EmailSubject = { kind: 'nomination' | 'memorandum'; reference: string; title: string; submitterName: string };
export type EmailTemplate =
  | { template: 'signin_link'; link: string; expiresInMinutes: number }
  | { template: 'action_request'; subject: EmailSubject; link: string; stepRole: RoleName; dueAt?: string; expiresAt: string; reminder: number }
  | { template: 'submission_receipt'; subject: EmailSubject; resubmitted: boolean; firstStepRole: RoleName; viewLink: string }
  | { template: 'final_decision'; subject: EmailSubject; outcome: 'approved' | 'rejected'; decidedByName: string; reason?: string; viewLink: string }
  | { template: 'nominee_approved'; subject: EmailSubject; nomineeName: string }
  | { template: 'changes_requested'; subject: EmailSubject; comment: string; requestedByName: string; editLink: string }
  | { template: 'withdrawn_notice'; subject: EmailSubject; withdrawnByName: string; reason?: string }
  | { template: 'escalation'; subject: EmailSubject; stepRole: RoleName; pending: { name: string; email: string }[]; reminders: number; dueAt?: string; viewLink: string };
export type TemplateName = EmailTemplate['template'];

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** A message as blocks; each block renders to HTML (escaped) and to text the same way. */
type Block = { p: string } | { quote: string } | { button: string; href: string } | { small: string } | { list: string[] };
type Message = { subject: string; heading: string; blocks: Block[] };

type Words = {
  hello: (name?: string) => string;
  footer: string;
  signin: { subject: string; heading: string; body: (m: number) => string; button: string; ignore: string };
  action: {
    subject: (r: number, ref: string, kind: string) => string;
    heading: (r: number) => string;
    body: (kind: string, title: string, ref: string, submitter: string, role: string) => string;
    due: (d: string) => string;
    button: string;
    safe: string;
    personal: (d: string) => string;
  };
  receipt: { subject: (ref: string, again: boolean) => string; body: (kind: string, title: string, ref: string, role: string, again: boolean) => string; view: string };
  final: { subject: (ref: string, ok: boolean) => string; body: (kind: string, title: string, ref: string, ok: boolean, by: string) => string; reason: string; view: string };
  nominee: { subject: (ref: string) => string; body: (name: string, title: string, ref: string) => string };
  changes: { subject: (ref: string) => string; body: (kind: string, title: string, ref: string, by: string) => string; button: string };
  withdrawn: { subject: (ref: string) => string; body: (kind: string, title: string, ref: string, by: string) => string; reason: string; noAction: string };
  escalation: { subject: (ref: string) => string; body: (kind: string, title: string, ref: string, role: string, n: number) => string; pending: string; due: (d: string) => string; view: string };
};

const WORDS: Record<Language, Words> = {
  en: {
    hello: (n) => (n ? `Dear ${n},` : 'Hello,'),
    footer: 'Hamkor — international relations office. This message was sent automatically.',
    signin: {
      subject: 'Your Hamkor sign-in link',
      heading: 'Sign in to Hamkor',
      body: (m) => `Press the button to sign in. The link works once and expires in ${m} minutes.`,
      button: 'Sign in',
      ignore: 'If you did not ask to sign in, ignore this email; nothing happens without the link.',
    },
    action: {
      subject: (r, ref, kind) => `${r > 0 ? `Reminder ${r}: ` : ''}Action needed: ${ref} — ${kind}`,
      heading: (r) => (r > 0 ? 'A decision is still waiting for you' : 'A decision is waiting for you'),
      body: (kind, title, ref, sub, role) => `${kind} ${ref} “${title}”, submitted by ${sub}, waits for your decision as ${role}.`,
      due: (d) => `Please decide by ${d}.`,
      button: 'Review and decide',
      safe: 'The link opens a page that shows the item; nothing is decided until you press a button there.',
      personal: (d) => `This link is personal: do not forward it. It expires on ${d}.`,
    },
    receipt: {
      subject: (ref, again) => `${again ? 'Resubmitted' : 'Received'}: ${ref}`,
      body: (kind, title, ref, role, again) => `Your ${kind.toLowerCase()} “${title}” was ${again ? 'resubmitted' : 'received'} as ${ref}. It now waits for: ${role}. We will write when it is decided.`,
      view: 'View it in Hamkor',
    },
    final: {
      subject: (ref, ok) => `${ok ? 'Approved' : 'Rejected'}: ${ref}`,
      body: (kind, title, ref, ok, by) => `${kind} ${ref} “${title}” was ${ok ? 'approved' : 'rejected'}${ok ? ' at every step' : ` by ${by}`}.`,
      reason: 'Reason:',
      view: 'View it in Hamkor',
    },
    nominee: {
      subject: (ref) => `Your exchange nomination was approved: ${ref}`,
      body: (name, title, ref) => `Dear ${name}, your nomination ${ref} (“${title}”) has been approved by the university. The international office will contact you about the next steps.`,
    },
    changes: {
      subject: (ref) => `Changes requested: ${ref}`,
      body: (kind, title, ref, by) => `${by} sent ${kind.toLowerCase()} ${ref} “${title}” back to you for changes:`,
      button: 'Edit and resubmit',
    },
    withdrawn: {
      subject: (ref) => `Withdrawn: ${ref}`,
      body: (kind, title, ref, by) => `${by} withdrew ${kind.toLowerCase()} ${ref} “${title}”.`,
      reason: 'Reason:',
      noAction: 'No decision is needed from you any more; the link you received no longer works.',
    },
    escalation: {
      subject: (ref) => `Overdue approval: ${ref}`,
      body: (kind, title, ref, role, n) => `${kind} ${ref} “${title}” has waited for ${role} past its due date; ${n} reminder(s) were sent without a decision.`,
      pending: 'Still to decide:',
      due: (d) => `It was due on ${d}.`,
      view: 'Open it in Hamkor',
    },
  },
  ru: {
    hello: (n) => (n ? `Уважаемый(ая) ${n},` : 'Здравствуйте,'),
    footer: 'Hamkor — отдел международных связей. Это письмо отправлено автоматически.',
    signin: {
      subject: 'Ссылка для входа в Hamkor',
      heading: 'Вход в Hamkor',
      body: (m) => `Нажмите кнопку, чтобы войти. Ссылка одноразовая и действует ${m} минут.`,
      button: 'Войти',
      ignore: 'Если вы не запрашивали вход, просто проигнорируйте это письмо.',
    },
    action: {
      subject: (r, ref, kind) => `${r > 0 ? `Напоминание ${r}: ` : ''}Требуется решение: ${ref} — ${kind}`,
      heading: (r) => (r > 0 ? 'Решение всё ещё ожидает вас' : 'Ожидается ваше решение'),
      body: (kind, title, ref, sub, role) => `${kind} ${ref} «${title}», поданная(ый) ${sub}, ожидает вашего решения (${role}).`,
      due: (d) => `Пожалуйста, примите решение до ${d}.`,
      button: 'Рассмотреть и решить',
      safe: 'Ссылка открывает страницу с материалом; ничего не решается, пока вы не нажмёте кнопку.',
      personal: (d) => `Ссылка персональная, не пересылайте её. Она действует до ${d}.`,
    },
    receipt: {
      subject: (ref, again) => `${again ? 'Подано повторно' : 'Получено'}: ${ref}`,
      body: (kind, title, ref, role, again) => `${kind} «${title}» ${again ? 'подана повторно' : 'получена'} под номером ${ref}. Сейчас ожидается решение: ${role}. Мы сообщим о результате.`,
      view: 'Открыть в Hamkor',
    },
    final: {
      subject: (ref, ok) => `${ok ? 'Одобрено' : 'Отклонено'}: ${ref}`,
      body: (kind, title, ref, ok, by) => `${kind} ${ref} «${title}» ${ok ? 'одобрена на всех этапах' : `отклонена (${by})`}.`,
      reason: 'Причина:',
      view: 'Открыть в Hamkor',
    },
    nominee: {
      subject: (ref) => `Ваша номинация на обмен одобрена: ${ref}`,
      body: (name, title, ref) => `${name}, ваша номинация ${ref} («${title}») одобрена университетом. Отдел международных связей свяжется с вами о дальнейших шагах.`,
    },
    changes: {
      subject: (ref) => `Возвращено на доработку: ${ref}`,
      body: (kind, title, ref, by) => `${by} вернул(а) вам на доработку: ${kind} ${ref} «${title}»:`,
      button: 'Исправить и отправить снова',
    },
    withdrawn: {
      subject: (ref) => `Отозвано: ${ref}`,
      body: (kind, title, ref, by) => `${by} отозвал(а): ${kind} ${ref} «${title}».`,
      reason: 'Причина:',
      noAction: 'Ваше решение больше не требуется; полученная ссылка больше не действует.',
    },
    escalation: {
      subject: (ref) => `Просрочено согласование: ${ref}`,
      body: (kind, title, ref, role, n) => `${kind} ${ref} «${title}» ожидает решения (${role}) дольше срока; отправлено напоминаний: ${n}.`,
      pending: 'Ещё не решили:',
      due: (d) => `Срок был ${d}.`,
      view: 'Открыть в Hamkor',
    },
  },
  uz: {
    hello: (n) => (n ? `Hurmatli ${n},` : 'Assalomu alaykum,'),
    footer: "Hamkor — xalqaro aloqalar bo'limi. Ushbu xat avtomatik yuborildi.",
    signin: {
      subject: 'Hamkor tizimiga kirish havolasi',
      heading: 'Hamkor tizimiga kirish',
      body: (m) => `Kirish uchun tugmani bosing. Havola bir martalik va ${m} daqiqa amal qiladi.`,
      button: 'Kirish',
      ignore: "Agar siz kirishni so'ramagan bo'lsangiz, bu xatni e'tiborsiz qoldiring.",
    },
    action: {
      subject: (r, ref, kind) => `${r > 0 ? `Eslatma ${r}: ` : ''}Qaror kutilmoqda: ${ref} — ${kind}`,
      heading: (r) => (r > 0 ? 'Qaroringiz hali ham kutilmoqda' : 'Sizning qaroringiz kutilmoqda'),
      body: (kind, title, ref, sub, role) => `${kind} ${ref} «${title}» (${sub} tomonidan yuborilgan) sizning qaroringizni kutmoqda (${role}).`,
      due: (d) => `Iltimos, ${d} gacha qaror qabul qiling.`,
      button: "Ko'rib chiqish va qaror qilish",
      safe: 'Havola hujjatni ko‘rsatuvchi sahifani ochadi; siz tugmani bosmaguningizcha hech narsa hal qilinmaydi.',
      personal: (d) => `Havola shaxsiy, uni boshqalarga yubormang. U ${d} gacha amal qiladi.`,
    },
    receipt: {
      subject: (ref, again) => `${again ? 'Qayta yuborildi' : 'Qabul qilindi'}: ${ref}`,
      body: (kind, title, ref, role, again) => `Sizning «${title}» (${kind}) ${ref} raqami bilan ${again ? 'qayta yuborildi' : 'qabul qilindi'}. Hozir kutilayotgan qaror: ${role}. Natija haqida xabar beramiz.`,
      view: "Hamkor'da ko'rish",
    },
    final: {
      subject: (ref, ok) => `${ok ? 'Tasdiqlandi' : 'Rad etildi'}: ${ref}`,
      body: (kind, title, ref, ok, by) => `${kind} ${ref} «${title}» ${ok ? 'barcha bosqichlarda tasdiqlandi' : `rad etildi (${by})`}.`,
      reason: 'Sabab:',
      view: "Hamkor'da ko'rish",
    },
    nominee: {
      subject: (ref) => `Almashinuv nomzodingiz tasdiqlandi: ${ref}`,
      body: (name, title, ref) => `Hurmatli ${name}, sizning ${ref} («${title}») nomzodingiz universitet tomonidan tasdiqlandi. Keyingi qadamlar haqida xalqaro aloqalar bo'limi siz bilan bog'lanadi.`,
    },
    changes: {
      subject: (ref) => `O'zgartirish so'raldi: ${ref}`,
      body: (kind, title, ref, by) => `${by} ${kind} ${ref} «${title}» ni o'zgartirish uchun sizga qaytardi:`,
      button: 'Tahrirlash va qayta yuborish',
    },
    withdrawn: {
      subject: (ref) => `Qaytarib olindi: ${ref}`,
      body: (kind, title, ref, by) => `${by} ${kind} ${ref} «${title}» ni qaytarib oldi.`,
      reason: 'Sabab:',
      noAction: 'Sizdan endi qaror talab qilinmaydi; olgan havolangiz endi ishlamaydi.',
    },
    escalation: {
      subject: (ref) => `Muddati o'tgan kelishuv: ${ref}`,
      body: (kind, title, ref, role, n) => `${kind} ${ref} «${title}» muddatidan o'tib ham qaror kutmoqda (${role}); ${n} ta eslatma yuborildi.`,
      pending: 'Hali qaror qilmaganlar:',
      due: (d) => `Muddat: ${d}.`,
      view: "Hamkor'da ochish",
    },
  },
};

function compose(t: EmailTemplate, lang: Language): Message {
  const w = WORDS[lang];
  if (t.template === 'signin_link') {
    return { subject: w.signin.subject, heading: w.signin.heading, blocks: [{ p: w.signin.body(t.expiresInMinutes) }, { button: w.signin.button, href: t.link }, { small: w.signin.ignore }] };
  }
  const s = t.subject;
  const kind = kindLabel(s.kind, lang);
  switch (t.template) {
    case 'action_request':
      return {
        subject: w.action.subject(t.reminder, s.reference, kind),
        heading: w.action.heading(t.reminder),
        blocks: [
          { p: w.action.body(kind, s.title, s.reference, s.submitterName, roleLabel(t.stepRole, lang)) },
          ...(t.dueAt ? [{ p: w.action.due(formatDate(t.dueAt, lang)) }] : []),
          { button: w.action.button, href: t.link },
          { small: w.action.safe },
          { small: w.action.personal(formatDate(t.expiresAt, lang)) },
        ],
      };
    case 'submission_receipt':
      return {
        subject: w.receipt.subject(s.reference, t.resubmitted),
        heading: w.receipt.subject(s.reference, t.resubmitted),
        blocks: [{ p: w.receipt.body(kind, s.title, s.reference, roleLabel(t.firstStepRole, lang), t.resubmitted) }, { button: w.receipt.view, href: t.viewLink }],
      };
    case 'final_decision':
      return {
        subject: w.final.subject(s.reference, t.outcome === 'approved'),
        heading: w.final.subject(s.reference, t.outcome === 'approved'),
        blocks: [
          { p: w.final.body(kind, s.title, s.reference, t.outcome === 'approved', t.decidedByName) },
          ...(t.reason ? [{ p: w.final.reason }, { quote: t.reason }] : []),
          { button: w.final.view, href: t.viewLink },
        ],
      };
    case 'nominee_approved':
      return { subject: w.nominee.subject(s.reference), heading: w.nominee.subject(s.reference), blocks: [{ p: w.nominee.body(t.nomineeName, s.title, s.reference) }] };
    case 'changes_requested':
      return {
        subject: w.changes.subject(s.reference),
        heading: w.changes.subject(s.reference),
        blocks: [{ p: w.changes.body(kind, s.title, s.reference, t.requestedByName) }, { quote: t.comment }, { button: w.changes.button, href: t.editLink }],
      };
    case 'withdrawn_notice':
      return {
        subject: w.withdrawn.subject(s.reference),
        heading: w.withdrawn.subject(s.reference),
        blocks: [
          { p: w.withdrawn.body(kind, s.title, s.reference, t.withdrawnByName) },
          ...(t.reason ? [{ p: w.withdrawn.reason }, { quote: t.reason }] : []),
          { small: w.withdrawn.noAction },
        ],
      };
    case 'escalation':
      return {
        subject: w.escalation.subject(s.reference),
        heading: w.escalation.subject(s.reference),
        blocks: [
          { p: w.escalation.body(kind, s.title, s.reference, roleLabel(t.stepRole, lang), t.reminders) },
          ...(t.dueAt ? [{ p: w.escalation.due(formatDate(t.dueAt, lang)) }] : []),
          { p: w.escalation.pending },
          { list: t.pending.map((p) => `${p.name} <${p.email}>`) },
          { button: w.escalation.view, href: t.viewLink },
        ],
      };
  }
}

function blockHtml(b: Block): string {
  if ('p' in b) return `<p style="margin:0 0 16px;line-height:1.5">${escapeHtml(b.p)}</p>`;
  if ('quote' in b) return `<blockquote style="margin:0 0 16px;padding:8px 12px;border-left:4px solid #c7d2fe;background:#f5f7ff;white-space:pre-wrap">${escapeHtml(b.quote)}</blockquote>`;
  if ('small' in b) return `<p style="margin:0 0 12px;font-size:13px;color:#555;line-height:1.4">${escapeHtml(b.small)}</p>`;
  if ('list' in b) return `<ul style="margin:0 0 16px;padding-left:20px">${b.list.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>`;
  const href = escapeHtml(b.href);
  return `<p style="margin:24px 0 8px"><a href="${href}" style="display:inline-block;padding:12px 24px;background:#1d4ed8;color:#ffffff;text-decoration:none;border-radius:6px;font-weight:600">${escapeHtml(b.button)}</a></p><p style="margin:0 0 16px;font-size:13px;word-break:break-all"><a href="${href}" style="color:#1d4ed8">${href}</a></p>`;
}

function blockText(b: Block): string {
  if ('p' in b) return b.p;
  if ('quote' in b) return b.quote.split('\n').map((l) => `> ${l}`).join('\n');
  if ('small' in b) return b.small;
  if ('list' in b) return b.list.map((i) => `- ${i}`).join('\n');
  return `${b.button}: ${b.href}`;
}

export function renderEmail(t: EmailTemplate, language: Language): RenderedEmail {
  const m = compose(t, language);
  const footer = WORDS[language].footer;
  const html = `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(m.subject)}</title></head><body style="margin:0;padding:0;background:#f3f4f6"><div style="max-width:560px;margin:0 auto;padding:24px 16px;font-family:-apple-system,Segoe UI,Roboto,Arial,sans-serif;font-size:16px;color:#111827;background:#ffffff"><h1 style="font-size:20px;margin:0 0 16px">${escapeHtml(m.heading)}</h1>${m.blocks.map(blockHtml).join('')}<hr style="border:none;border-top:1px solid #e5e7eb;margin:24px 0 12px"><p style="font-size:12px;color:#6b7280;margin:0">${escapeHtml(footer)}</p></div></body></html>`;
  const text = [m.heading, '', ...m.blocks.map(blockText).flatMap((b) => [b, '']), '--', footer].join('\n');
  return { subject: m.subject, html, text };
}
