/**
 * Under an agreement's content on its page (/office/agreements?id=…): the amendment in approval
 * (with its status), or on an amendment's own page the agreement it amends; the "Edit agreement"
 * button where the API accepts a change (approved or active, and not an amendment, which its own
 * chain changes); the edit form (components/agreement-edit-form.tsx) once opened; and the message
 * saying what a save did. After a save the page is read again, so the versions, what changed and
 * the history show it, and the message takes the focus. Loaded after the page
 * (office-agreements-later.ts), with the schema the form checks by.
 */
import { useSignal } from '@preact/signals';
import { useRef } from 'preact/hooks';
import { api } from '../api';
import { AgreementEditForm, type EditSaid } from '../components/agreement-edit-form';
import { Sentence } from '../components/form-status';
import { MessageBox, type Message } from '../components/message-box';
import { label, t } from '../i18n/live';
import { partnerName, type AgreementRead, type OfficeAgreements } from './office-agreements-page';
import { agreementHref } from './office-agreements-rows';

/** Where the API accepts a change (functions/lib/services/agreements.ts: proposeChange). */
const CHANGEABLE = ['approved', 'active'];
/** An amendment still in its chain blocks another (the server's 409 `amendment_pending`). */
const IN_CHAIN = ['in_review', 'changes_requested'];

/** The amendment in approval, if there is one. */
export function pendingOf(read: Pick<AgreementRead, 'agreement' | 'linked'>): { id: string; reference: string } | undefined {
  const id = read.agreement.pendingAmendment;
  const known = id ? read.linked[id] : undefined;
  return id && known && IN_CHAIN.includes(known.status) ? { id, reference: known.reference } : undefined;
}

function Linked({ id, known }: { id: string; known: { reference: string; status: string } | undefined }) {
  return (
    <span>
      <a href={agreementHref(id)}>{known?.reference ?? id}</a>
      {known?.status ? ` (${label(known.status)})` : null}
    </span>
  );
}

export function AgreementEdit({ model, read }: { model: OfficeAgreements; read: AgreementRead }) {
  const a = read.agreement;
  /** The form is open for one agreement as offered: read again as another, or no longer open to change, it is closed. */
  const openFor = useSignal<string | undefined>(undefined);
  /** What the last save did, and the box's message (made once, so it takes the focus once). */
  const said = useSignal<{ words: EditSaid; box: Message } | undefined>(undefined);
  const opener = useRef<HTMLButtonElement>(null);
  const pending = pendingOf(read);
  const offered = CHANGEABLE.includes(a.status) && !a.amends;
  const offers = `${a.id}:${offered}`;
  const open = offered && openFor.value === offers;

  const close = () => {
    openFor.value = undefined;
    opener.current?.focus();
  };
  const done = async (next: EditSaid) => {
    openFor.value = undefined;
    await model.reloadAgreement();
    said.value = { words: next, box: { text: () => '', tone: next.tone ?? '', focus: true } };
  };
  const facts = [
    pending ? { term: t('edit.pendingAmendment'), id: pending.id } : undefined,
    a.amends ? { term: t('edit.amends'), id: a.amends } : undefined,
  ].filter((f) => f !== undefined);
  const message = said.value;

  return (
    <>
      <dl id="edit-facts" class="details" hidden={!facts.length}>
        {facts.map((f) => [
          <dt key={`${f.id}-t`}>{f.term}</dt>,
          <dd key={`${f.id}-d`}>
            <Linked id={f.id} known={read.linked[f.id]} />
          </dd>,
        ])}
      </dl>
      <div class="form-actions edit-actions" hidden={!offered}>
        {offered ? (
          <button
            ref={opener}
            type="button"
            id="edit-open"
            class="secondary"
            aria-expanded={open ? 'true' : 'false'}
            onClick={() => {
              if (open) return close();
              said.value = undefined;
              openFor.value = offers;
            }}
          >
            {t('edit.open')}
          </button>
        ) : null}
      </div>
      {/* The words are the children, so a sentence with a link is said as one. */}
      <MessageBox id="edit-message" message={message?.box}>
        {message ? <Sentence text={message.words.text()} link={message.words.link} /> : null}
      </MessageBox>
      {open ? (
        <AgreementEditForm
          agreement={a}
          partnerName={partnerName(model, a.content.partnerId)}
          faculties={read.faculties}
          pending={pending}
          pathOf={agreementHref}
          send={(body) => api('POST /agreements/:id/changes', { params: { id: a.id }, body })}
          onDone={done}
          onClose={close}
        />
      ) : null}
    </>
  );
}
