/**
 * The home page's nomination form (components/nomination-form.tsx) with what the page adds to it:
 * the files attached to a new nomination, uploaded once it exists (form-uploads.tsx); and the same
 * form for a nomination sent back for changes (the edit page). Loaded by the page
 * (pages/home-page.tsx) beside its first reads, so that its first scripts stay within their 45 KB
 * budget; it renders in the page's words (i18n/home-words.ts), so a switch of language renders it
 * again and what was typed stays.
 */
import { useSignal } from '@preact/signals';
import { useState } from 'preact/hooks';
import type { ApiBody } from '../../../shared/api-contract';
import { api } from '../api';
import type { Agreement, Faculty, Me, Partner } from '../api-types';
import { NominationForm } from '../components/nomination-form';
import type { NominationDocumentKind } from '../document-upload';
import { valuesOf } from '../nomination-values';
import { attachmentsOf, formUploads, ResubmittedSee } from './form-uploads';

/** What a nomination's files may be (the certificate of attendance is the office's, later). */
const KINDS = ['transcript', 'cv', 'language_certificate', 'motivation_letter', 'other'] as const satisfies readonly NominationDocumentKind[];
const attachments = attachmentsOf(KINDS);
const uploads = formUploads('nomination');

const readPlaces = async (id: string) => {
  const r = await api('GET /agreements/:id/places', { params: { id } });
  return r.ok ? r.data : null;
};

/**
 * The form of a nomination sent back for changes (the edit page), filled with its content, sent
 * with PUT. Files may be added (an approver who sends a nomination back often asks for one): they
 * go to the nomination before the page is left for the item's; one that failed stays named here
 * with its "Try again", and the item's page is a link away.
 */
export function NominationEdit({ data, item, path }: { data: NominationFormData; item: { id: string; reference: string; content: Record<string, unknown> }; path: string }) {
  const said = useSignal(false);
  // Read once: the form starts from the content as it was sent back, then keeps what is typed.
  const [content] = useState(() => valuesOf(item.content));
  return (
    <NominationForm
      {...data}
      readPlaces={readPlaces}
      // The body as the form's schema accepted it (the form checks before it sends).
      send={(body) => api('PUT /nominations/:id', { params: { id: item.id }, body: body as ApiBody<'PUT /nominations/:id'> })}
      onSubmitted={(_, files) => {
        void uploads.start(item, files).then((all) => {
          if (all) return location.assign(path);
          said.value = true;
        });
      }}
      attachments={attachments}
      pathOf={() => path}
      resubmission={{ content, closed: said.value }}
    >
      <ResubmittedSee said={said.value} reference={item.reference} path={path} />
      <uploads.Status />
    </NominationForm>
  );
}

export type NominationFormData = { me: Me; partners: readonly Partner[]; faculties: readonly Faculty[]; agreements: readonly Agreement[] };

/**
 * The home page's form for a new nomination, from the page's directory (`data`, rendered again
 * when the page reads it again); `submitted` is told of each nomination made.
 */
export function HomeNominationForm({ data, submitted, pathOf }: { data: NominationFormData; submitted: () => void; pathOf: (id: string) => string }) {
  const { me, partners, faculties, agreements } = data;
  return (
    <NominationForm
      me={me}
      partners={partners}
      faculties={faculties}
      agreements={agreements}
      draftKey={`hamkor.draft.nomination:${me.email}`}
      readPlaces={readPlaces}
      // The body as the form's schema accepted it (the form checks before it sends).
      send={(body) => api('POST /nominations', { body: body as ApiBody<'POST /nominations'> })}
      onSubmitted={(created, files) => {
        void uploads.start(created, files);
        submitted();
      }}
      attachments={attachments}
      pathOf={pathOf}
    >
      <uploads.Status />
    </NominationForm>
  );
}
