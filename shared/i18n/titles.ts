/**
 * The one-line title of a nomination or memorandum, in each language: the heading of the
 * approver's page and the name an email gives the item. Pure: the partner and the content in,
 * one title per language out, so an event can carry all three and each reader gets theirs.
 */
import type { Language } from '../schemas/common';
import { formatDate, LANGUAGES } from './index';

export type Titles = Record<Language, string>;

/** What a title is made of: the partner's names and the parts of the content it quotes. */
export type TitledPartner = { name: string; names?: Partial<Record<string, string>> };
export type TitledContent =
  | { kind: 'nomination'; content: { nominee: { name: string }; academicYear: string } }
  | { kind: 'memorandum'; content: { startDate: string; endDate?: string | null } };

/** The partner under its name in `lang` when the directory has one, as the pages' localName does. */
export const partnerName = (partner: TitledPartner, lang: Language): string => partner.names?.[lang] || partner.name;

// A term read as one phrase: "from … to …" in Russian («с … по …») and Uzbek (-dan … -gacha).
// Uzbek dates end in the month's name ("2027-yil 1-yanvar"), to which the suffix attaches.
const TERMS: Record<Language, { closed: (from: string, to: string) => string; open: (from: string) => string }> = {
  en: { closed: (from, to) => `${from} to ${to}`, open: (from) => `from ${from}, open-ended` },
  ru: { closed: (from, to) => `с ${from} по ${to}`, open: (from) => `с ${from}, бессрочно` },
  uz: { closed: (from, to) => `${from}dan ${to}gacha`, open: (from) => `${from}dan, muddatsiz` },
};

export function titleIn(s: TitledContent, partner: TitledPartner, lang: Language): string {
  const name = partnerName(partner, lang);
  if (s.kind === 'nomination') return `${s.content.nominee.name} — ${name}, ${s.content.academicYear}`;
  const { startDate, endDate } = s.content;
  const term = TERMS[lang];
  return `${name} — ${endDate ? term.closed(formatDate(startDate, lang), formatDate(endDate, lang)) : term.open(formatDate(startDate, lang))}`;
}

/** The title in every language; the item's reference in each when its partner is gone from the registry. */
export function titlesOf(s: TitledContent & { reference: string }, partner: TitledPartner | undefined): Titles {
  return Object.fromEntries(LANGUAGES.map((lang) => [lang, partner ? titleIn(s, partner, lang) : s.reference])) as Titles;
}
