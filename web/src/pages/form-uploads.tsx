/**
 * What the home page's two forms (nomination-form-page.tsx, memorandum-form-page.tsx) add to a
 * submission: the files attached, uploaded one by one once the item exists, with the progress in
 * words under the form and a "Try again" for a file that failed; and after a resubmission whose
 * files did not all go, where the item is now. One module for both, so the two forms report their uploads alike.
 */
import { signal } from '@preact/signals';
import { DOCUMENT_KIND_WORDS } from '../document-kinds';
import { ACCEPTED_FILES, fileRefusal, uploadDocument } from '../document-upload';
import { list } from '../format';
import { label, t } from '../i18n/live';

export const kindName = (kind: string) => (DOCUMENT_KIND_WORDS[kind] ? t(DOCUMENT_KIND_WORDS[kind]!) : label(kind));

/** The file list's rules for `kinds` (document-upload.ts), and their kinds' names. */
export const attachmentsOf = (kinds: readonly string[]) => ({ kinds, kindName, accept: ACCEPTED_FILES, check: fileRefusal });

type Upload = { file: File; kind: string; done: boolean; failure?: () => string };
type Uploads = { reference: string; id: string; uploads: Upload[]; sending?: number };
type Item = { id: string; reference: string };

/** The uploads of one form's items (a nomination's or a memorandum's): `send` the files, `Status` says how it went. */
export function formUploads(entity: 'nomination' | 'memorandum') {
  /** The last item's uploads, as the words under the form say them. */
  const uploading = signal<Uploads | undefined>(undefined);

  /** Sends the files not sent yet, in order; true when all went. */
  async function send(item: Item, uploads: Upload[]): Promise<boolean> {
    for (const [i, u] of uploads.entries()) {
      if (u.done) continue;
      uploading.value = { ...item, uploads, sending: i };
      const sent = await uploadDocument({ kind: entity, id: item.id }, u.kind as never, u.file);
      u.failure = 'failure' in sent ? sent.failure : undefined;
      u.done = !u.failure;
    }
    uploading.value = { ...item, uploads: [...uploads] };
    return uploads.every((u) => u.done);
  }

  /** Starts the files of a new item (none: the words of an earlier one are cleared). */
  const start = (item: Item, files: { file: File; kind: string }[]): Promise<boolean> => {
    if (!files.length) {
      uploading.value = undefined;
      return Promise.resolve(true);
    }
    return send(item, files.map((f) => ({ ...f, done: false })));
  };

  function Status() {
    const now = uploading.value;
    if (!now) return null;
    const { uploads, sending } = now;
    if (sending !== undefined) {
      const u = uploads[sending]!;
      return (
        <div class="message" role="status" aria-live="polite">
          {t('attach.uploading', { n: sending + 1, total: uploads.length, name: u.file.name })}
        </div>
      );
    }
    const done = uploads.filter((u) => u.done);
    const failed = uploads.filter((u) => !u.done);
    return (
      <div class={`message ${failed.length ? 'error' : 'ok'}`} role="status" aria-live="polite">
        {done.length ? <p>{t('attach.attached', { reference: now.reference, list: list(done.map((u) => t('nom.docOption', { name: u.file.name, kind: kindName(u.kind) }))) })}</p> : null}
        {failed.map((u) => (
          <p key={u.file.name}>
            <span>{t('attach.failed', { name: u.file.name, reason: u.failure!() })}</span>{' '}
            <button type="button" class="secondary" onClick={() => void send(now, uploads)}>
              {t('attach.retry', { name: u.file.name })}
            </button>
          </p>
        ))}
      </div>
    );
  }

  return { start, Status };
}

/** After a resubmission whose files did not all go: where the item is now. */
export function ResubmittedSee({ said, reference, path }: { said: boolean; reference: string; path: string }) {
  if (!said) return null;
  const [before, after] = t('edit.resubmittedSee', { reference: '\u0000' }).split('\u0000');
  return (
    <div class="message ok" role="status" aria-live="polite">
      {before}
      <a href={path}>{reference}</a>
      {after}
    </div>
  );
}
