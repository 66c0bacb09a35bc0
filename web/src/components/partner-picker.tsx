/**
 * The partner university a nomination or memorandum is with: a select of the registry's partners,
 * each named as the reader says it and with its country by name ("Ошский государственный
 * университет (Киргизия)"), in alphabetical order in the reader's language (Ошский… comes before
 * Уханьский…, not after Osh… and before Wuhan… as in English). A nomination offers only the
 * partners the office has checked (`checkedOnly`): one proposed with a memorandum waits for it.
 */
import type { Partner } from '../api-types';
import { region } from '../format';
import { lang, t } from '../i18n/live';
import type { ControlProps } from './field';

type Props = ControlProps & {
  name?: string;
  partners: readonly Partner[];
  /** The chosen partner's id; '' for none. */
  value: string;
  onChange: (partnerId: string) => void;
  /** Leaves out the partners still proposed (a nomination's). */
  checkedOnly?: boolean;
  required?: boolean;
  /** While a memorandum's partner is proposed instead (not sent). */
  disabled?: boolean;
};

/** A partner's name in the reader's language (the registry's Latin-script name when it has none in it). */
export const partnerName = (p: Pick<Partner, 'name' | 'names'>): string => p.names?.[lang.value] ?? p.name;

/** A partner as a picker names it: its name, and its country by name rather than its code. */
export const partnerChoice = (p: Pick<Partner, 'name' | 'names' | 'country'>): string => (p.country ? `${partnerName(p)} (${region(p.country)})` : partnerName(p));

export function PartnerPicker({ name, partners, value, onChange, checkedOnly, required, disabled, ...control }: Props) {
  const collator = new Intl.Collator(lang.value);
  const offered = (checkedOnly ? partners.filter((p) => !p.proposed) : [...partners]).map((p) => ({ id: p.id, text: partnerChoice(p) })).sort((a, b) => collator.compare(a.text, b.text));
  return (
    <select {...control} name={name} value={value} required={required} disabled={disabled} onChange={(e) => onChange(e.currentTarget.value)}>
      <option value="">{t('form.choose')}</option>
      {offered.map((p) => (
        <option key={p.id} value={p.id}>
          {p.text}
        </option>
      ))}
    </select>
  );
}
