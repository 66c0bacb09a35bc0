/**
 * A new memorandum's partner proposed rather than chosen. Ticking "My partner is not in the
 * list" shows the registry's partner fields (the name in Latin script, in Russian and Uzbek, the
 * country picker, city, website, Erasmus code, a contact) and the form then sends them as
 * `proposedPartner` instead of `partnerId`, as MemorandumSubmissionSchema wants exactly one of the
 * two; unticking goes back to the list. The fields are named by their path in the body, so the
 * schema's and the server's field errors land on them like any other's.
 *
 * A university already registered, in any spelling, is the API's 409 `partner_exists` naming it:
 * the form says so and offers to choose it, which unticks the proposal and selects it in the
 * list, keeping everything else the person typed.
 *
 * Loaded by app.ts the first time the box is ticked, with its words and the country picker, so
 * that the form page (45 KB budget) carries none of them.
 */
import type * as z from 'zod';
import { MemorandumSubmissionSchema } from '../../shared/schemas/memorandum-submission';
import { countryPicker } from './country-picker';
import { el, say } from './dom';
import { formParts } from './forms';
import { addMessages, setText, t, translatePage } from './i18n';
import { FORM_PART_MESSAGES } from './i18n/form-part-messages';
import { PARTNER_WORDS } from './partner-words';
import { OFFICE_MESSAGES } from './i18n/office-messages';

// The field names and messages are the office's partner form's (office-messages.ts), so that a
// proposal and a registration read the same.
addMessages(OFFICE_MESSAGES);
addMessages(FORM_PART_MESSAGES);

/** The proposed partner as the form reads it, before the schema's check: each field may be missing. */
type Proposed = Partial<NonNullable<z.input<typeof MemorandumSubmissionSchema>['proposedPartner']>>;

/** Sets up the proposal in `form` (the memorandum form of the home page) and shows it if ticked. */
export function start(form: HTMLFormElement): void {
  const box = form.querySelector<HTMLInputElement>('#m-propose')!;
  const slot = form.querySelector<HTMLElement>('#m-proposal')!;
  const partner = form.elements.namedItem('partnerId') as HTMLSelectElement;
  const message = form.querySelector<HTMLElement>('.message')!;

  const template = document.getElementById('partner-proposal-template') as HTMLTemplateElement;
  const fieldset = template.content.firstElementChild!.cloneNode(true) as HTMLFieldSetElement;
  translatePage(fieldset);
  slot.append(fieldset);
  const picker = countryPicker(fieldset.querySelector<HTMLInputElement>('#m-pp-country')!);

  /** Either the list or the proposal: the other's controls are disabled, so not sent. */
  const show = (open: boolean) => {
    slot.hidden = !open;
    partner.disabled = open;
    for (const input of fieldset.querySelectorAll('input')) input.disabled = !open;
  };
  box.addEventListener('change', () => show(box.checked));
  // form.reset() (after a submission) unticks the box; the reset event comes just before.
  form.addEventListener('reset', () => show(false));
  show(box.checked);
  // The fields are there now: a draft being restored (draft.ts) fills them in.
  form.dispatchEvent(new Event('partshown'));

  formParts.set(form, {
    // Exactly one of a registered partner and a proposal; the proposal checked as the registry checks partners.
    schema: MemorandumSubmissionSchema,
    read(body) {
      const proposed = body.proposedPartner as Proposed | undefined;
      if (!proposed) return;
      proposed.country = picker.code();
      // Optional fields left empty are left out, not sent empty (the schema refuses "").
      for (const language of ['ru', 'uz'] as const) if (!proposed.names?.[language]) delete proposed.names?.[language];
      if (!proposed.erasmusCode) delete proposed.erasmusCode;
      const contact = proposed.contacts?.[0];
      proposed.contacts = contact?.name || contact?.email ? [contact] : [];
    },
    word: (text) => (PARTNER_WORDS[text] ? t(PARTNER_WORDS[text]!) : undefined),
    answered(status, data) {
      if (status !== 409 || data?.error !== 'partner_exists' || !box.checked) return false;
      const id = String(data.partnerId ?? '');
      const name = String(data.name ?? id);
      say(message, () => t('proposal.exists', { name }), 'warn');
      const choose = el('button', undefined, 'secondary');
      choose.type = 'button';
      setText(choose, () => t('proposal.choose', { name }));
      choose.addEventListener('click', () => {
        // Registered since the page listed the partners: listed now.
        if (![...partner.options].some((o) => o.value === id)) partner.append(new Option(name, id));
        box.checked = false;
        show(false);
        partner.value = id;
        partner.dispatchEvent(new Event('change', { bubbles: true }));
        say(message, () => t('proposal.chosen', { name }), 'ok');
        partner.focus();
      });
      message.append(' ', choose);
      return true;
    },
  });
}
