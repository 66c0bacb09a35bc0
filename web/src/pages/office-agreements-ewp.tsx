/**
 * Beside the agreement's EWP file: the partner's approval of our iia-hash as the office recorded
 * it, and the form that records it from the partner's file (POST /api/agreements/{id}/ewp-approval).
 * Another hash is answered with both hashes and the fields that differ, shown here as a table, so
 * the office sees what the partner approved that is not ours. On the registry, the form that creates
 * our agreement from a partner's IIA.
 */
import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { api } from '../api';
import { Field } from '../components/field';
import { HashLine } from '../components/hash-line';
import { MessageBox, type Message } from '../components/message-box';
import { SubmitButton } from '../components/buttons';
import { when } from '../format';
import { lang, t } from '../i18n/live';
import type { Faculty } from '../api-types';
import { agreementHref } from './office-agreements-rows';
import type { AgreementRead, OfficeAgreements } from './office-agreements-page';

type Difference = { path: string; ours: string | null; theirs: string | null };
type Mismatch = { ourHash: string; theirHash: string; differences: Difference[] };

/** The partner's XML as it is: the server reads it by its content, not by this type. */
const asXml = (file: File): Blob => new Blob([file], { type: 'application/xml' });

function MismatchTable({ mismatch }: { mismatch: Mismatch }) {
  return (
    <div id="ewp-mismatch">
      <ul class="plain">
        <li>
          {t('office.ewpOurHash')}: <HashLine hash={mismatch.ourHash} />
        </li>
        <li>
          {t('office.ewpTheirHash')}: <HashLine hash={mismatch.theirHash} />
        </li>
      </ul>
      {mismatch.differences.length ? (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('office.ewpField')}</th>
              <th scope="col">{t('office.ewpOurs')}</th>
              <th scope="col">{t('office.ewpTheirs')}</th>
            </tr>
          </thead>
          <tbody>
            {mismatch.differences.map((d) => (
              <tr key={d.path}>
                <td>
                  <code>{d.path}</code>
                </td>
                <td>{d.ours ?? '—'}</td>
                <td>{d.theirs ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}

export function EwpApprovalPart({ model, read }: { model: OfficeAgreements; read: AgreementRead }) {
  const fileError = useSignal<(() => string) | undefined>(undefined);
  const said = useSignal<Message | undefined>(undefined);
  const mismatch = useSignal<Mismatch | undefined>(undefined);
  const busy = useSignal(false);
  const file = useRef<HTMLInputElement>(null);
  const a = read.agreement;
  const approval = a.ewpApproval;

  async function record(form: HTMLFormElement): Promise<void> {
    const chosen = file.current?.files?.[0];
    fileError.value = undefined;
    mismatch.value = undefined;
    if (!chosen) {
      fileError.value = () => t('attach.chooseFile');
      said.value = { text: () => t('nom.checkFields'), tone: 'error' };
      file.current?.focus();
      return;
    }
    busy.value = true;
    const answer = await api('POST /agreements/:id/ewp-approval', { params: { id: a.id }, file: asXml(chosen) });
    busy.value = false;
    if (answer.ok) {
      form.reset();
      await model.reloadAgreement();
      said.value = { text: () => t('office.ewpApprovalRecorded'), tone: 'ok', focus: true };
      return;
    }
    const data = answer.data;
    if (answer.status === 409 && data.error === 'hash_differs') {
      mismatch.value = data as unknown as Mismatch;
      said.value = { text: () => t('office.ewpHashDiffers'), tone: 'error', focus: true };
      return;
    }
    const why = data.fields?.[0]?.message ?? data.message ?? '';
    fileError.value = () => why;
    said.value = { text: () => t('nom.checkFields'), tone: 'error' };
    file.current?.focus();
  }

  return (
    <div id="ewp-approval">
      {approval ? (
        <p id="ewp-approved">
          {t('office.ewpApproved', { hash: approval.iiaHash, who: approval.by.name, when: when(approval.at), iiaId: approval.partnerIiaId ?? '—' })}
        </p>
      ) : null}
      <form
        id="ewp-approval-form"
        aria-labelledby="ewp-approval-heading"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void record(e.currentTarget);
        }}
      >
        <h3 id="ewp-approval-heading">{t('office.ewpRecordApproval')}</h3>
        <Field id="ewp-partner-file" label={t('office.ewpPartnerFile')} hint={t('office.ewpPartnerFileHint')} error={fileError.value?.()}>
          {(control) => <input ref={file} type="file" {...control} name="file" accept=".xml,application/xml,text/xml" />}
        </Field>
        <SubmitButton busy={busy.value}>{t('office.ewpRecordApprovalButton')}</SubmitButton>
        <MessageBox message={said.value} />
        {mismatch.value ? <MismatchTable mismatch={mismatch.value} /> : null}
      </form>
    </div>
  );
}

type Created = { reference: string; id: string; unmapped: { path: string; value: string; reason: string }[] };

/**
 * On the registry: our agreement created from a partner's IIA file (POST /api/ewp/iias/agreements)
 * when none of ours matches it. The partner is found by the IIA's SCHAC id unless the office picks
 * one; the faculty is the office's choice. The agreement goes into review; what the IIA says that
 * it cannot hold is listed under the link to it.
 */
export function IiaCreateForm({ model }: { model: OfficeAgreements }) {
  const faculties = useSignal<Faculty[]>([]);
  const faculty = useSignal('');
  const partnerId = useSignal('');
  const errors = useSignal<Record<string, string>>({});
  const said = useSignal<Message | undefined>(undefined);
  const created = useSignal<Created | undefined>(undefined);
  const busy = useSignal(false);
  const file = useRef<HTMLInputElement>(null);
  useEffect(() => {
    void api('GET /faculties').then((answer) => {
      if (answer.ok) faculties.value = answer.data;
    });
  }, []);

  async function create(form: HTMLFormElement): Promise<void> {
    const chosen = file.current?.files?.[0];
    created.value = undefined;
    const missing: Record<string, string> = {};
    if (!chosen) missing.file = t('attach.chooseFile');
    if (!faculty.value) missing.initiatingFaculty = t('office.ewpChooseFaculty');
    errors.value = missing;
    if (!chosen || Object.keys(missing).length) {
      said.value = { text: () => t('nom.checkFields'), tone: 'error', focus: true };
      return;
    }
    busy.value = true;
    const answer = await api('POST /ewp/iias/agreements', { file: asXml(chosen), query: { initiatingFaculty: faculty.value, partnerId: partnerId.value || undefined } });
    busy.value = false;
    if (answer.ok) {
      form.reset();
      const { agreement, unmapped } = answer.data;
      created.value = { reference: agreement.reference, id: agreement.id, unmapped };
      said.value = { text: () => t('office.ewpCreated', { reference: agreement.reference }), tone: 'ok', focus: true };
      return;
    }
    const data = answer.data;
    const fields: Record<string, string> = {};
    for (const f of data.fields ?? []) fields[f.path] = f.message;
    errors.value = fields;
    said.value = { text: () => data.message ?? t('common.somethingWrong'), tone: 'error', focus: true };
  }

  const partners = [...model.partners.value.values()].sort((a, b) => a.name.localeCompare(b.name));
  return (
    <section class="card" id="ewp-create" aria-labelledby="ewp-create-heading">
      <h2 id="ewp-create-heading">{t('office.ewpCreateHeading')}</h2>
      <p class="hint">{t('office.ewpCreateHint')}</p>
      <form
        id="ewp-create-form"
        noValidate
        aria-labelledby="ewp-create-heading"
        onSubmit={(e) => {
          e.preventDefault();
          void create(e.currentTarget);
        }}
      >
        <MessageBox message={said.value} />
        <Field id="ewp-create-file" label={t('office.ewpCreateFile')} error={errors.value.file}>
          {(control) => <input ref={file} type="file" {...control} name="file" accept=".xml,application/xml,text/xml" />}
        </Field>
        <div class="row">
          <Field id="ewp-create-faculty" label={t('office.ewpFaculty')} error={errors.value.initiatingFaculty}>
            {(control) => (
              <select {...control} value={faculty.value} onChange={(e) => (faculty.value = e.currentTarget.value)}>
                <option value="">{t('office.ewpChoose')}</option>
                {faculties.value.map((f) => (
                  <option key={f.id} value={f.id}>
                    {f.names?.[lang.value] ?? f.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id="ewp-create-partner" label={t('office.ewpPartner')} hint={t('office.ewpPartnerHint')} error={errors.value.partnerId}>
            {(control) => (
              <select {...control} value={partnerId.value} onChange={(e) => (partnerId.value = e.currentTarget.value)}>
                <option value="">{t('office.ewpBySchac')}</option>
                {partners.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.names?.[lang.value] ?? p.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <SubmitButton busy={busy.value}>{t('office.ewpCreateButton')}</SubmitButton>
      </form>
      {created.value ? (
        <div id="ewp-created">
          <p>
            <a href={agreementHref(created.value.id)}>{created.value.reference}</a>
          </p>
          {created.value.unmapped.length ? (
            <>
              <h3>{t('office.ewpUnmapped')}</h3>
              <ul id="ewp-unmapped">
                {created.value.unmapped.map((u) => (
                  <li key={u.path + u.value}>
                    <code>{u.path}</code> = {u.value}: {u.reason}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
