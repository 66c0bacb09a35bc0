/**
 * The home page's memorandum form (components/memorandum-form.tsx) with what the page adds to it:
 * the documents attached to a new memorandum, uploaded once it exists (form-uploads.tsx); and the
 * same form for a memorandum sent back for changes (the edit page). Loaded by the page
 * (pages/home-page.tsx) beside its first reads, so that the form page's first scripts stay within
 * their 45 KB budget (the partner schema and the country list a proposal needs come with it); it
 * renders in the page's words (i18n/home-words.ts), so a switch of language renders it again and
 * what was typed stays.
 */
import { useSignal } from '@preact/signals';
import type { ApiBody } from '../../../shared/api-contract';
import { api } from '../api';
import type { Faculty, Me, Partner } from '../api-types';
import { MemorandumForm } from '../components/memorandum-form';
import type { MemorandumDocumentKind } from '../document-upload';
import { attachmentsOf, formUploads, ResubmittedSee } from './form-uploads';

/** What a memorandum's files may be: its draft first, what it is proposed with, so that legal and the rector read the text they approve. */
const KINDS = ['draft', 'annex', 'signed'] as const satisfies readonly MemorandumDocumentKind[];
const attachments = attachmentsOf(KINDS);
const uploads = formUploads('memorandum');

export type MemorandumFormData = { me: Me; partners: readonly Partner[]; faculties: readonly Faculty[] };

/**
 * The home page's form for a new memorandum, from the page's directory (`data`, rendered again
 * when the page reads it again); `submitted` is told of each memorandum made (it may have proposed
 * a partner the lists should now name).
 */
export function HomeMemorandumForm({ data, submitted, pathOf }: { data: MemorandumFormData; submitted: () => void; pathOf: (id: string) => string }) {
  const { me, partners, faculties } = data;
  return (
    <MemorandumForm
      me={me}
      partners={partners}
      faculties={faculties}
      draftKey={`hamkor.draft.memorandum:${me.email}`}
      // The body as the form's schema accepted it (the form checks before it sends).
      send={(body) => api('POST /agreements', { body: body as ApiBody<'POST /agreements'> })}
      onSubmitted={(created, files) => {
        void uploads.start(created, files);
        submitted();
      }}
      attachments={attachments}
      pathOf={pathOf}
    >
      <uploads.Status />
    </MemorandumForm>
  );
}

/**
 * The form of a memorandum sent back for changes (the edit page), filled with its content, sent
 * with PUT. Files may be added (an approver who sends one back often asks for a document): they
 * go to the memorandum before the page is left for the item's; one that failed stays named here
 * with its "Try again", and the item's page is a link away.
 */
export function MemorandumEdit({ data, item, path }: { data: MemorandumFormData; item: { id: string; reference: string; content: Record<string, unknown> }; path: string }) {
  const said = useSignal(false);
  return (
    <MemorandumForm
      {...data}
      // The body as the form's schema accepted it (the form checks before it sends).
      send={(body) => api('PUT /agreements/:id', { params: { id: item.id }, body: body as ApiBody<'PUT /agreements/:id'> })}
      onSubmitted={(_, files) => {
        void uploads.start(item, files).then((all) => {
          if (all) return location.assign(path);
          said.value = true;
        });
      }}
      attachments={attachments}
      pathOf={() => path}
      resubmission={{ content: item.content, closed: said.value }}
    >
      <ResubmittedSee said={said.value} reference={item.reference} path={path} />
      <uploads.Status />
    </MemorandumForm>
  );
}
