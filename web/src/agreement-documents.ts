/**
 * The office files a memorandum's documents on its page: the signed copy once both sides have
 * signed, a draft or an annex when the text changes. The file is checked by the API's own rules
 * first (document-upload.ts), then uploaded through the same steps as every document; the list is
 * read again, so what is shown is what the API holds.
 */
import type { Agreement } from './api-types';
import { byId, say } from './dom';
import { ACCEPTED_FILES, documentKindName, fileRefusal, uploadDocument, type MemorandumDocumentKind } from './document-upload';
import { addMessages, setText, t } from './i18n';
import { FORM_PART_MESSAGES } from './i18n/form-part-messages';
import { clearFieldErrors, showFieldErrors } from './office';

addMessages(FORM_PART_MESSAGES);

/** The signed copy first: filing it is what the office does most on this page. */
const KINDS: readonly MemorandumDocumentKind[] = ['signed', 'draft', 'annex'];

let current: Pick<Agreement, 'id' | 'reference'> | undefined;
let wired = false;

/**
 * Makes the documents form (office-agreements.html, `#document-form`) file its documents with
 * `agreement`; `reread` reads and shows the list again after an upload.
 */
export function fileDocumentsWith(agreement: Pick<Agreement, 'id' | 'reference'>, reread: () => Promise<void>): void {
  current = agreement;
  const form = byId<HTMLFormElement>('document-form');
  const kind = byId<HTMLSelectElement>('document-kind');
  const file = byId<HTMLInputElement>('document-file');
  const box = form.querySelector<HTMLElement>('.message')!;
  if (kind.options.length === 0) {
    for (const k of KINDS) {
      const option = document.createElement('option');
      option.value = k;
      setText(option, () => documentKindName(k));
      kind.append(option);
    }
  }
  file.accept = ACCEPTED_FILES;
  form.hidden = false;
  if (wired) return;
  wired = true;
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const chosen = file.files?.[0];
    const agreementNow = current;
    if (!agreementNow) return;
    clearFieldErrors(form);
    const refuse = (message: () => string) => {
      showFieldErrors(form, [{ path: file.name, message }]);
      say(box, () => t('nom.checkFields'), 'error');
    };
    if (!chosen) return refuse(() => t('attach.chooseFile'));
    const refusal = await fileRefusal(chosen);
    if (refusal) return refuse(refusal);
    const name = chosen.name;
    const asKind = kind.value as MemorandumDocumentKind;
    const submit = form.querySelector<HTMLButtonElement>('button[type=submit]')!;
    submit.disabled = true;
    say(box, () => t('nom.uploading', { name }));
    const result = await uploadDocument({ kind: 'memorandum', id: agreementNow.id }, asKind, chosen);
    submit.disabled = false;
    if ('failure' in result) {
      refuse(() => t('attach.failed', { name, reason: result.failure() }));
      return;
    }
    form.reset();
    await reread();
    say(box, () => t('office.documentFiled', { name, reference: agreementNow.reference, kind: documentKindName(asKind) }), 'ok');
    box.focus();
  });
}
