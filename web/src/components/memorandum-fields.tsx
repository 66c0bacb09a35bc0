/**
 * A memorandum's content as fields, without its partner: the kind, the scope, the cooperation
 * conditions, the dates or an open end, the coordinator, the initiating faculty, the summary,
 * and the language printed beside English in its text (Russian or Uzbek, chosen per agreement).
 * Two forms hold them: the memorandum form (components/memorandum-form.tsx, ids `m-*`) and the
 * office's agreement edit form (components/agreement-edit-form.tsx, ids `edit-*`), each with
 * its own ids (the e2e tests and the labels rely on them) and its own partner part. The form owns
 * the values and the problems; these fields show them and report what is typed.
 */
import type { JSX } from 'preact';
import { DEFAULT_PAIR } from '../../../shared/memorandum-pair';
import { t, label } from '../i18n/live';
import { EQF_LEVELS } from '../condition-rows';
import { CONTROLS, KINDS, placeOf, programmeControlId, programmeRow, SCOPES, type ControlName, type FieldProblem, type MemorandumValues, type ProgrammePart, type ProgrammeRow } from '../memorandum-values';
import type { SummaryError } from './error-summary';
import { ConditionsTable } from './conditions-table';
import { Field } from './field';
import { Fieldset } from './fieldset';

/** The content's controls these fields draw (the partner's are the memorandum form's own). */
export type ContentControl = 'kind' | 'startDate' | 'endDate' | 'coordinator.name' | 'coordinator.email' | 'initiatingFaculty' | 'summary' | 'researchAreas' | 'jointLaboratories' | 'textLanguage';

/** The languages the memorandum's text can be printed in beside English (shared/memorandum-pair.ts). */
const PAIRS = ['ru', 'uz'] as const;

/** A form's ids for the fields: each control's, the scope group's and its boxes', the open end's, the conditions' heading. */
export type FieldIds = {
  control: (name: ControlName) => string;
  scopeGroup: string;
  scope: (code: string) => string;
  openEnded: string;
  conditionsHeading: string;
};

/** The memorandum form's ids, as the older form had them (memorandum-values.ts CONTROLS). */
export const MEMORANDUM_IDS: FieldIds = {
  control: (name) => CONTROLS[name].id,
  scopeGroup: 'm-scope',
  scope: (code) => `m-scope-${code}`,
  openEnded: 'm-open',
  conditionsHeading: 'm-conditions-heading',
};

/**
 * The summary's lines, each a link to the control its problem is read on (with the form's ids);
 * `extra` places the form's own paths (a memorandum's files).
 */
export function summaryOf(problems: readonly FieldProblem[], ids: FieldIds, extra: (path: string) => SummaryError | undefined = () => undefined): SummaryError[] {
  return problems.map((p) => {
    const own = extra(p.path);
    if (own) return own;
    const place = placeOf(p.path);
    if (!place) return { text: p.path ? `${p.path}: ${p.message()}` : p.message() };
    // A control's and the scope's ids are the form's; a condition's row has the same ids in both.
    const field = place.path === 'scope' ? ids.scope(SCOPES[0] ?? '') : place.path in CONTROLS ? ids.control(place.path as ControlName) : place.id;
    return { field, text: `${place.caption()}: ${p.message()}` };
  });
}

type Props = {
  ids: FieldIds;
  values: MemorandumValues;
  /**
   * The whole values changed (a box, the conditions), from the values as they are when the
   * person acts (a key pressed just before may not be drawn yet); and one text or choice.
   */
  update: (next: (now: MemorandumValues) => MemorandumValues) => void;
  set: (name: ControlName, value: string) => void;
  problems: readonly FieldProblem[];
  /** The faculties to choose from, in the order shown; `prompt`, a "Choose…" first (a new memorandum has none yet). */
  faculties: readonly { value: string; text: string }[];
  prompt?: boolean;
  /** The conditions' heading: under the page's h2, or under the edit form's own h3. */
  conditionsLevel?: 'h3' | 'h4';
};

export function MemorandumFields({ ids, values: v, update, set, problems, faculties, prompt = false, conditionsLevel = 'h3' }: Props) {
  const errorAt = (path: string) => problems.find((p) => p.path === path)?.message();
  const conditionErrors = Object.fromEntries(problems.filter((p) => p.path.startsWith('cooperationConditions.')).map((p) => [p.path, p.message()]));
  const field = (name: ContentControl) => {
    const c: { caption: Parameters<typeof t>[0]; hint?: Parameters<typeof t>[0] } = CONTROLS[name];
    return { id: ids.control(name), label: t(c.caption), hint: c.hint && t(c.hint), error: errorAt(name) };
  };
  return (
    <>
      <Field {...field('kind')}>
        {(control) => (
          <select {...control} name="kind" value={v.fields.kind} onChange={(e) => set('kind', e.currentTarget.value)}>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {label(k)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Fieldset id={ids.scopeGroup} legend={t('form.scope')} hint={t('form.scopeHint')} error={errorAt('scope')}>
        {(first) =>
          SCOPES.map((s, i) => (
            <label key={s} class="choice" for={ids.scope(s)}>
              <input
                type="checkbox"
                id={ids.scope(s)}
                name="scope"
                value={s}
                checked={v.scope.includes(s)}
                {...(i === 0 ? first : {})}
                onChange={(e) => {
                  const on = e.currentTarget.checked;
                  update((now) => ({ ...now, scope: on ? [...now.scope, s] : now.scope.filter((x) => x !== s) }));
                }}
              />{' '}
              <span>{label(s)}</span>
            </label>
          ))
        }
      </Fieldset>
      <ConditionsTable rows={v.conditions} errors={conditionErrors} headingId={ids.conditionsHeading} headingLevel={conditionsLevel} onChange={(conditions) => update((now) => ({ ...now, conditions }))} />
      <div class="row">
        <Field {...field('startDate')}>{(control) => <input {...control} type="date" name="startDate" required value={v.fields.startDate} onInput={(e) => set('startDate', e.currentTarget.value)} />}</Field>
        <Field {...field('endDate')}>
          {(control) => <input {...control} type="date" name="endDate" required disabled={v.openEnded} value={v.openEnded ? '' : v.fields.endDate} onInput={(e) => set('endDate', e.currentTarget.value)} />}
        </Field>
      </div>
      <div class="field">
        <label class="choice">
          <input
            type="checkbox"
            id={ids.openEnded}
            checked={v.openEnded}
            onChange={(e) => {
              const open = e.currentTarget.checked;
              update((now) => ({ ...now, openEnded: open, fields: open ? { ...now.fields, endDate: '' } : now.fields }));
            }}
          />{' '}
          <span>{t('form.openEnded')}</span>
        </label>
      </div>
      <fieldset>
        <legend>{t('form.coordinator')}</legend>
        <Field {...field('coordinator.name')}>
          {(control) => <input {...control} type="text" name="coordinator.name" autocomplete="name" required value={v.fields['coordinator.name']} onInput={(e) => set('coordinator.name', e.currentTarget.value)} />}
        </Field>
        <Field {...field('coordinator.email')}>
          {(control) => (
            <input {...control} type="email" name="coordinator.email" autocomplete="email" inputMode="email" required value={v.fields['coordinator.email']} onInput={(e) => set('coordinator.email', e.currentTarget.value)} />
          )}
        </Field>
      </fieldset>
      <Field {...field('initiatingFaculty')}>
        {(control) => (
          <select {...control} name="initiatingFaculty" required value={v.fields.initiatingFaculty} onChange={(e) => set('initiatingFaculty', e.currentTarget.value)}>
            {prompt ? <option value="">{t('form.choose')}</option> : null}
            {faculties.map((f) => (
              <option key={f.value} value={f.value}>
                {f.text}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field {...field('summary')}>{(control) => <textarea {...control} name="summary" maxLength={4000} required value={v.fields.summary} onInput={(e) => set('summary', e.currentTarget.value)} />}</Field>
      <Programmes level={conditionsLevel} rows={v.programmes} problems={problems} onChange={(programmes) => update((now) => ({ ...now, programmes }))} />
      <Field {...field('researchAreas')}>
        {(control) => <input {...control} type="text" name="researchAreas" autocomplete="off" value={v.fields.researchAreas} onInput={(e) => set('researchAreas', e.currentTarget.value)} />}
      </Field>
      <Field {...field('jointLaboratories')}>
        {(control) => <input {...control} type="text" name="jointLaboratories" autocomplete="off" value={v.fields.jointLaboratories} onInput={(e) => set('jointLaboratories', e.currentTarget.value)} />}
      </Field>
      <Field {...field('textLanguage')}>
        {(control) => (
          // An agreement that names no pair is printed with Russian: the choice shows it so.
          <select {...control} name="textLanguage" value={v.fields.textLanguage || DEFAULT_PAIR} onChange={(e) => set('textLanguage', e.currentTarget.value)}>
            {PAIRS.map((pair) => (
              <option key={pair} value={pair}>
                {t(`content.textPair.${pair}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
    </>
  );
}

/** The joint or double-degree programmes: a group of fields each, added and removed like the conditions. */
function Programmes({ level: Heading, rows, problems, onChange }: { level: 'h3' | 'h4'; rows: ProgrammeRow[]; problems: readonly FieldProblem[]; onChange: (rows: ProgrammeRow[]) => void }) {
  const errorAt = (path: string) => problems.find((p) => p.path === path)?.message();
  const patch = (i: number, part: ProgrammePart, value: string) => onChange(rows.map((r, j) => (j === i ? { ...r, [part]: value } : r)));
  return (
    <section class="programmes" aria-labelledby="programmes-heading">
      <Heading id="programmes-heading">{t('form.programmes')}</Heading>
      <p class="hint">{t('form.programmesHint')}</p>
      {rows.map((row, i) => {
        const n = i + 1;
        const part = (name: ProgrammePart, caption: Parameters<typeof t>[0], control: (props: { id: string }) => JSX.Element) => (
          <Field id={programmeControlId(n, name)} label={t(caption, { n })} error={errorAt(`degreeProgrammes.${i}.${name}`)}>
            {control}
          </Field>
        );
        const text = (name: ProgrammePart, inputMode?: 'numeric') => (props: { id: string }) => (
          <input {...props} type="text" autocomplete="off" inputMode={inputMode} value={row[name]} onInput={(e) => patch(i, name, e.currentTarget.value)} />
        );
        return (
          <fieldset key={row.key} class="programme">
            <legend>{t('form.programmeN', { n })}</legend>
            {part('name', 'form.progName', text('name'))}
            <div class="row">
              {part('field', 'form.progField', text('field', 'numeric'))}
              {part('eqfLevel', 'form.progEqf', (props) => (
                <select {...props} value={row.eqfLevel} onChange={(e) => patch(i, 'eqfLevel', e.currentTarget.value)}>
                  <option value="">{t('form.choose')}</option>
                  {EQF_LEVELS.map((level) => (
                    <option key={level} value={String(level)}>
                      {level}
                    </option>
                  ))}
                </select>
              ))}
              {part('placesPerYear', 'form.progPlaces', text('placesPerYear', 'numeric'))}
            </div>
            <div class="row">
              {part('degreeHome', 'form.progDegreeHome', text('degreeHome'))}
              {part('degreePartner', 'form.progDegreePartner', text('degreePartner'))}
            </div>
            <button type="button" class="secondary remove" onClick={() => onChange(rows.filter((_, j) => j !== i))}>
              {t('form.removeProgramme', { n })}
            </button>
          </fieldset>
        );
      })}
      <button type="button" class="secondary add-programme" onClick={() => onChange([...rows, programmeRow()])}>
        {t('form.addProgramme')}
      </button>
    </section>
  );
}
