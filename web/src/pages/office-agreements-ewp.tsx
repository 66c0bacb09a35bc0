/**
 * Beside the agreement's EWP file: the partner's approval of our iia-hash as the office recorded
 * it, and the form that records it from the partner's file (POST /api/agreements/{id}/ewp-approval).
 * Another hash is answered with both hashes and the fields that differ, shown here as a table, so
 * the office sees what the partner approved that is not ours.
 */
import { useSignal } from '@preact/signals';
import { useRef } from 'preact/hooks';
import { api } from '../api';
import { Field } from '../components/field';
import { MessageBox, type Message } from '../components/message-box';
import { SubmitButton } from '../components/buttons';
import { when } from '../format';
import { t } from '../i18n/live';
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
          {t('office.ewpOurHash')}: <code>{mismatch.ourHash}</code>
        </li>
        <li>
          {t('office.ewpTheirHash')}: <code>{mismatch.theirHash}</code>
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
