/**
 * The memorandum's form on the home page and on its edit page, still the older hand-built one
 * (forms.ts, from the `<template>`s index.html keeps in its head), mounted into a slot the Preact
 * page gives it, as the agreement page mounts its older edit form (office-agreements-older.ts).
 * Loaded after the page's first scripts, with the older words' tables (i18n/index.ts); `speak`
 * keeps their language the page's, so a switch words the form again and what was typed stays.
 *
 * An adapter, to go once the memorandum form's Preact component lands: it is the only module of
 * the page that imports forms.ts, draft.ts, proposal.ts and attachments.ts.
 */
import type { ApiBody } from '../../../shared/api-contract';
import { api } from '../api';
import type { Agreement, Faculty, Me, Partner } from '../api-types';
import { link, say, sayWithLink } from '../dom';
import { keepDraft, type Draft } from '../draft';
import { createForm, directory, fillForm, formParts, resetForm, sendForm } from '../forms';
import { chosenLanguage, chooseLanguage, lang as olderLanguage, preferLanguage, t, type Language } from '../i18n';

/** What the form's selects offer, as the page read it. */
export type MemorandumDirectory = { me: Me; partners: readonly Partner[]; faculties: readonly Faculty[]; agreements: readonly Agreement[] };

/**
 * The older modules' language made the page's: a choice made on this device is already
 * remembered (by the page's switch), so applying it again changes nothing stored; otherwise the
 * language is only preferred, as the profile's was. Either way their texts are worded again.
 */
export function speak(language: Language): void {
  if (olderLanguage() === language) return;
  if (chosenLanguage()) chooseLanguage(language);
  else preferLanguage(language);
}

/** The page's directory handed to forms.ts, whose selects read it when they are filled. */
function use({ me, partners, faculties, agreements }: MemorandumDirectory): void {
  directory.me = me;
  directory.partners = [...partners];
  directory.faculties = [...faculties];
  directory.agreements = [...agreements];
}

/**
 * A part of the form that few submissions need (proposal.ts, attachments.ts), loaded the first time
 * its control is used and then left to answer that control itself: the form page's scripts stay
 * within their 45 KB budget. Offline, the control is undone and tried again the next time.
 */
function loadOnFirstUse(form: HTMLFormElement, selector: string, event: string, load: () => Promise<{ start(form: HTMLFormElement): void }>): void {
  const control = form.querySelector<HTMLInputElement>(selector);
  const arm = () =>
    control?.addEventListener(
      event,
      () =>
        void load().then(
          (part) => part.start(form),
          () => {
            control.checked = false;
            say(form.querySelector<HTMLElement>('.message')!, () => t('common.offline'), 'error');
            arm();
          },
        ),
      { once: true },
    );
  arm();
}

/**
 * The form for a new memorandum, into `slot`, its draft kept on this device; `submitted` is told
 * of each one proposed (a proposed partner is named only once the partners are read again), and
 * answers once the page has read them.
 */
export function mountMemorandumForm(slot: HTMLElement, data: MemorandumDirectory, language: Language, submitted: () => Promise<MemorandumDirectory>, pathOf: (id: string) => string): void {
  speak(language);
  use(data);
  const form = createForm('memorandum');
  slot.replaceChildren(form);
  loadOnFirstUse(form, '#m-propose', 'change', () => import('../proposal'));
  loadOnFirstUse(form, '.add-file', 'click', () => import('../attachments'));
  let draft: Draft | undefined;
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void sendForm<{ id: string; reference: string }>(form, {
      // The body as the form's schema accepted it (sendForm checks before it sends).
      send: (body) => api('POST /agreements', { body: body as ApiBody<'POST /agreements'> }),
      onSuccess: async (created) => {
        draft?.clear();
        // Before the reset empties the form: the attachments start uploading to the new item.
        void formParts.get(form)?.submitted?.(created);
        resetForm(form);
        const box = form.querySelector<HTMLElement>('.message')!;
        sayWithLink(box, (slot) => t('home.submittedAs', { reference: slot }), link(created.reference, pathOf(created.id)), 'ok');
        use(await submitted());
      },
    });
  });
  // Restored once the agreements are listed, so that the saved agreement can be chosen again.
  draft = keepDraft(form, `hamkor.draft.memorandum:${data.me.email}`);
}

/**
 * The form of a memorandum sent back for changes, filled with its content, sent with PUT; the
 * item's page once it went (or, when a file failed, a link to it beside that file's "Try again").
 */
export function mountMemorandumEdit(slot: HTMLElement, data: MemorandumDirectory, language: Language, item: { id: string; reference: string; content: Record<string, unknown> }, path: string): void {
  speak(language);
  use(data);
  const form = createForm('memorandum');
  // A resubmission keeps its partner (PUT takes MemorandumInputSchema). Files may be added: an
  // approver who sends a memorandum back often asks for a document.
  form.dataset.resubmission = '';
  for (const part of form.querySelectorAll('.propose, #m-proposal')) part.remove();
  loadOnFirstUse(form, '.add-file', 'click', () => import('../attachments'));
  const submit = form.querySelector<HTMLButtonElement>('button[type=submit]')!;
  submit.dataset.i18n = 'edit.resubmitMemorandum';
  submit.textContent = t('edit.resubmitMemorandum');
  slot.replaceChildren(form);
  fillForm(form, item.content);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void sendForm(form, {
      // The body as the form's schema accepted it (sendForm checks before it sends).
      send: (body) => api('PUT /agreements/:id', { params: { id: item.id }, body: body as ApiBody<'PUT /agreements/:id'> }),
      onSuccess: async () => {
        // The files go to the resubmitted memorandum before the page is left; one that failed
        // stays named here with its "Try again", and the item page is a link away.
        const uploaded = await formParts.get(form)?.submitted?.({ id: item.id, reference: item.reference });
        if (uploaded === false) {
          const box = form.querySelector<HTMLElement>('.message')!;
          sayWithLink(box, (slot) => t('edit.resubmittedSee', { reference: slot }), link(item.reference, path), 'ok');
          submit.hidden = true;
          return;
        }
        location.assign(path);
      },
    });
  });
}
