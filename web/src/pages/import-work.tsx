/**
 * The office's import (/office/import), the page's content without its frame: what the file
 * holds (past mobilities or agreements), the templates, the file, "Check the file" (the dry run:
 * `POST /api/imports/dry-run`, which writes nothing) and then "Import" (`POST /api/imports/apply`).
 *
 * Why the order is enforced here too: the API would import a file never checked, but the office
 * should see what a file does before it does it. So Import stays disabled until this very file
 * (the same File chosen, the same kind) has been checked, and a file with errors is imported only
 * when the office ticks "the valid rows only" (the API refuses it otherwise, writing nothing).
 * A file that is too large or not CSV/XLSX is refused before it is sent (the API checks again).
 *
 * `importWork()` owns the signals and the actions; `ImportWork` renders them.
 */
import { computed, signal } from '@preact/signals';
import { api, type ApiRefusalBody } from '../api';
import type { ImportReport, ImportResult } from '../api-types';
import { SubmitButton } from '../components/buttons';
import { Choices } from '../components/choices';
import { ErrorSummary, type SummaryError } from '../components/error-summary';
import { errorId, Field, hintId } from '../components/field';
import { ImportDuplicates, ImportErrors, ImportOutcome, ImportSummary, problemText } from '../components/import-report';
import { MessageBox, type Message } from '../components/message-box';
import { fieldText, lang, t } from '../i18n/live';
import { signinHref } from '../signin-link';
import { MAX_IMPORT_BYTES, XLSX_TYPE } from '../../../shared/media-types';

export type ImportKind = ImportReport['kind'];
type Text = () => string;

/** The API takes at most 200 characters of a file's name (shared/schemas/imports.ts). */
const MAX_NAME = 200;

/** Why a chosen file is refused before it is sent, or undefined: it may go. */
export function fileRefusal(file: File): Text | undefined {
  const name = file.name;
  const extension = /\.([^.]+)$/.exec(name)?.[1]?.toLowerCase();
  if (extension === 'xls') return () => t('import.file.xls', { name });
  if (extension !== 'csv' && extension !== 'xlsx') return () => t('import.file.wrongKind', { name });
  if (file.size === 0) return () => t('import.file.empty', { name });
  if (file.size > MAX_IMPORT_BYTES) return () => t('import.file.tooLarge', { name, size: (file.size / 1048576).toLocaleString(lang.value, { maximumFractionDigits: 1 }) });
  return undefined;
}

/** The file as the body: its type by its name (a browser may call a CSV "application/vnd.ms-excel"). */
const asBody = (file: File): Blob => new Blob([file], { type: file.name.toLowerCase().endsWith('.xlsx') ? XLSX_TYPE : 'text/csv' });

export function importWork() {
  const kind = signal<ImportKind | undefined>(undefined);
  const file = signal<File | undefined>(undefined);
  const kindError = signal<Text | undefined>(undefined);
  const fileError = signal<Text | undefined>(undefined);
  const validOnly = signal(false);
  const validOnlyError = signal<Text | undefined>(undefined);
  /** The last check, and which file and kind it was of. */
  const checked = signal<{ report: ImportReport; file: File; kind: ImportKind } | undefined>(undefined);
  /** What the last import wrote, and the hash of the file as it was checked (a file changed since is said so). */
  const result = signal<{ data: ImportResult; checkedHash: string } | undefined>(undefined);
  const phase = signal<'idle' | 'checking' | 'importing'>('idle');
  const message = signal<Message | undefined>(undefined);
  /** Whether the message needs a sign-in link after it (the session ended). */
  const signInShown = signal(false);
  /** A new object each time the summary's (or the result's) heading should take the focus. */
  const summaryFocus = signal<object | undefined>(undefined);
  const resultFocus = signal<object | undefined>(undefined);

  /** The report of the file and kind now chosen, if they were checked. */
  const report = computed(() => {
    const c = checked.value;
    return c && c.file === file.value && c.kind === kind.value ? c.report : undefined;
  });
  /** A header that is wrong leaves no row to import: the API refuses it even for the valid rows only. */
  const headerBroken = computed(() => report.value?.errors.some((e) => e.row === 1) ?? false);
  const importable = computed(() => Boolean(report.value && !headerBroken.value && report.value.valid > 0));

  /** Every error of the form at once, each linked to its field. */
  const errors = computed<SummaryError[]>(() => {
    const fields: [string, Text | undefined][] = [['kind-mobilities', kindError.value], ['import-file', fileError.value], ['valid-only', validOnlyError.value]];
    return fields.flatMap(([field, text]) => (text ? [{ field, text: text() }] : []));
  });

  const tell = (text: Text | undefined, tone: Message['tone'] = '', focus = false) => {
    message.value = text && { text, tone, focus };
    signInShown.value = false;
  };

  /** Another file or kind: the last check and result are of something else now. */
  function forget(): void {
    checked.value = undefined;
    result.value = undefined;
    validOnly.value = false;
    validOnlyError.value = undefined;
    tell(undefined);
  }

  function chooseKind(next: ImportKind): void {
    kind.value = next;
    kindError.value = undefined;
    forget();
  }

  function chooseFile(next: File | undefined): void {
    forget();
    const refusal = next && fileRefusal(next);
    fileError.value = refusal;
    file.value = refusal ? undefined : next;
  }

  function chooseValidOnly(on: boolean): void {
    validOnly.value = on;
    if (on) validOnlyError.value = undefined;
  }

  /** A refusal of the API, told where it belongs: the file's field for the file's faults, the message box for the rest. */
  function refused(status: number, data: ApiRefusalBody, chosen: ImportKind): void {
    const requestId = data.requestId ? ` ${t('common.requestId', { id: data.requestId })}` : '';
    const atFile = status === 400 ? data.fields?.find((f) => f.path === 'file') : undefined;
    if (atFile) {
      fileError.value = () => t('import.unreadable', { reason: problemText(atFile, chosen).text });
    } else if (status === 413) {
      fileError.value = () => t('import.tooLargeServer');
    } else if (status === 401) {
      tell(() => t('common.sessionEnded'), 'warn', true);
      signInShown.value = true;
    } else if (status === 403) {
      tell(() => t('office.onlyOffice'), 'warn', true);
    } else if (status === 409 && data.error === 'import_has_errors') {
      // The registry changed since the check (an agreement withdrawn, say): the office checks again.
      checked.value = undefined;
      tell(() => t('import.hasErrors'), 'error', true);
    } else if (status === 429) {
      tell(() => t('common.tooMany'), 'error', true);
    } else {
      const fields = (data.fields ?? []).map((f) => (f.path ? `${f.path}: ${fieldText(f.message)}` : fieldText(f.message)));
      tell(() => [t('common.somethingWrongStatus', { status: String(status) }), ...fields].join(' ') + requestId, 'error', true);
    }
  }

  async function check(): Promise<void> {
    if (phase.value !== 'idle') return;
    const chosenKind = kind.value;
    const chosenFile = file.value;
    kindError.value = chosenKind ? undefined : () => t('import.kind.needed');
    if (!chosenFile && !fileError.value) fileError.value = () => t('import.file.needed');
    if (!chosenKind || !chosenFile) return;
    forget();
    fileError.value = undefined;
    phase.value = 'checking';
    tell(() => t('import.checkingLong'));
    try {
      const answer = await api('POST /imports/dry-run', { file: asBody(chosenFile), query: { kind: chosenKind, fileName: chosenFile.name.slice(0, MAX_NAME) } });
      if (answer.ok) {
        checked.value = { report: answer.data, file: chosenFile, kind: chosenKind };
        tell(undefined);
        summaryFocus.value = {};
      } else refused(answer.status, answer.data, chosenKind);
    } catch {
      tell(() => t('import.offlineCheck'), 'error', true);
    } finally {
      phase.value = 'idle';
    }
  }

  async function apply(): Promise<void> {
    const c = checked.value;
    const r = report.value;
    if (phase.value !== 'idle' || !c || !r || !importable.value) return;
    const partial = r.rowsWithErrors > 0;
    if (partial && !validOnly.value) {
      validOnlyError.value = () => t('import.validOnly.needed');
      return;
    }
    validOnlyError.value = undefined;
    phase.value = 'importing';
    tell(() => t('import.importingLong'));
    try {
      const query = { kind: c.kind, fileName: c.file.name.slice(0, MAX_NAME), validOnly: String(partial) };
      const answer = await api('POST /imports/apply', { file: asBody(c.file), query });
      if (answer.ok) {
        result.value = { data: answer.data, checkedHash: c.report.fileHash };
        // The file as it stands now: its rows added are "already in Hamkor" from here on.
        checked.value = { ...c, report: answer.data };
        tell(undefined);
        resultFocus.value = {};
      } else refused(answer.status, answer.data, c.kind);
    } catch {
      // The import may have run to its end with the answer lost; a second one adds nothing twice.
      tell(() => t('import.offlineApply'), 'error', true);
    } finally {
      phase.value = 'idle';
    }
  }

  return {
    kind,
    file,
    kindError,
    fileError,
    validOnly,
    validOnlyError,
    checked,
    report,
    headerBroken,
    importable,
    result,
    phase,
    message,
    signInShown,
    summaryFocus,
    resultFocus,
    errors,
    chooseKind,
    chooseFile,
    chooseValidOnly,
    check,
    apply,
  };
}

export type ImportModel = ReturnType<typeof importWork>;

// ---- the view ------------------------------------------------------------------------------

const KINDS: readonly ImportKind[] = ['mobilities', 'agreements'];

function Templates() {
  const language = lang.value;
  return (
    <section class="card" aria-labelledby="templates-heading">
      <h2 id="templates-heading">{t('import.templates')}</h2>
      <p class="hint">{t('import.templates.hint')}</p>
      <ul class="list" id="templates">
        {KINDS.map((k) =>
          (['csv', 'xlsx'] as const).map((format) => (
            <li key={`${k}-${format}`}>
              <a href={`/api/imports/template?kind=${k}&language=${language}&format=${format}`} download>
                {t(k === 'mobilities' ? 'import.template.mobilities' : 'import.template.agreements', { format: format.toUpperCase() })}
              </a>
            </li>
          )),
        )}
      </ul>
    </section>
  );
}

function ImportChoice({ model }: { model: ImportModel }) {
  const r = model.report.value;
  const busy = model.phase.value !== 'idle';
  const partial = Boolean(r && r.rowsWithErrors > 0 && model.importable.value);
  const error = model.validOnlyError.value?.();
  const why = !r ? t('import.importHint') : model.headerBroken.value ? t('import.headerBlocks') : !model.importable.value ? t('import.nothingValid') : undefined;
  return (
    <section class="card" aria-labelledby="apply-heading">
      <h2 id="apply-heading">{t('import.import')}</h2>
      {partial && r ? (
        <div class="field">
          <label class="choice" for="valid-only">
            <input
              type="checkbox"
              id="valid-only"
              checked={model.validOnly.value}
              disabled={busy}
              aria-describedby={[hintId('valid-only'), error ? errorId('valid-only') : ''].filter(Boolean).join(' ')}
              aria-invalid={error ? 'true' : undefined}
              onChange={(event) => model.chooseValidOnly(event.currentTarget.checked)}
            />{' '}
            <span>{t('import.validOnly')}</span>
          </label>
          <p class="hint" id={hintId('valid-only')}>
            {t('import.validOnly.hint', { n: r.rowsWithErrors })}
          </p>
          {error ? (
            <p class="field-error" id={errorId('valid-only')}>
              {error}
            </p>
          ) : null}
        </div>
      ) : null}
      {why ? (
        <p class="hint" id="import-hint">
          {why}
        </p>
      ) : null}
      <div class="form-actions">
        <button type="button" id="import-button" disabled={busy || !model.importable.value} aria-describedby={why ? 'import-hint' : undefined} onClick={() => void model.apply()}>
          {model.phase.value === 'importing' ? t('import.importing') : t('import.import')}
        </button>
      </div>
    </section>
  );
}

export function ImportWork({ model }: { model: ImportModel }) {
  const busy = model.phase.value !== 'idle';
  const r = model.report.value;
  const result = model.result.value;
  const kindError = model.kindError.value?.();
  return (
    <>
      <p>{t('import.intro')}</p>
      <ErrorSummary title={t('import.problemTitle')} errors={model.errors.value} />
      <Templates />
      <form
        class="card"
        id="import-form"
        aria-labelledby="file-heading"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void model.check();
        }}
      >
        <h2 id="file-heading">{t('import.fileHeading')}</h2>
        <Choices
          name="kind"
          legend={t('import.kind')}
          hint={t('import.kind.hint')}
          options={KINDS.map((k) => ({ value: k, label: t(k === 'mobilities' ? 'import.kind.mobilities' : 'import.kind.agreements') }))}
          value={model.kind.value}
          onChange={model.chooseKind}
          disabled={busy}
        />
        {kindError ? (
          <p class="field-error" id="kind-error">
            {kindError}
          </p>
        ) : null}
        <Field id="import-file" label={t('import.file')} hint={t('import.file.hint')} error={model.fileError.value?.()}>
          {(control) => (
            <input
              {...control}
              type="file"
              name="file"
              accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              disabled={busy}
              onChange={(event) => model.chooseFile(event.currentTarget.files?.[0])}
            />
          )}
        </Field>
        <div class="form-actions">
          <SubmitButton id="check-button" busy={model.phase.value === 'checking'} busyLabel={t('import.checking')} disabled={busy}>
            {t('import.check')}
          </SubmitButton>
        </div>
      </form>
      <MessageBox id="message" message={model.message.value}>
        {model.signInShown.value ? (
          <>
            {' '}
            <a href={signinHref()}>{t('common.signIn')}</a>
          </>
        ) : null}
      </MessageBox>
      {r ? (
        <>
          <ImportSummary report={r} focus={model.summaryFocus.value} />
          <ImportErrors report={r} />
          <ImportDuplicates report={r} />
        </>
      ) : null}
      <ImportChoice model={model} />
      {result ? <ImportOutcome result={result.data} checkedHash={result.checkedHash} focus={model.resultFocus.value} /> : null}
    </>
  );
}
