/**
 * What an import's check and apply say, as the import page shows them: the summary of the dry
 * run (rows, errors, duplicates, partners, how the file was read), the table of every error by
 * row and column, the rows already in Hamkor, and what the import added. The API sends each
 * problem with its code and values beside an English sentence; `problemText` words it by its code
 * in the reader's language (import-problems.ts), and shows one without a code it knows as the API
 * wrote it, marked as English for a screen reader.
 */
import { useLayoutEffect, useRef } from 'preact/hooks';
import { IMPORT_COLUMNS } from '../../../shared/imports/columns';
import type { ImportReport, ImportResult } from '../api-types';
import { day, number, region } from '../format';
import { importProblem, type ProblemAsSent } from '../import-problems';
import { fieldText, label, lang, t, type MessageKey } from '../i18n/live';

/** Values that are counts or places in the file, written as the reader's numbers. */
const NUMBERS = new Set(['row', 'cells', 'headerCells', 'line', 'byte', 'max', 'other', 'column']);

/** A value of a problem in the reader's words: a country by name, a status by its label, a date as a date. */
function worded(name: string, value: string, kind: ImportReport['kind']): string | number {
  if (NUMBERS.has(name) && /^\d+$/.test(value)) return Number(value);
  if (name === 'registered' || name === 'given') return region(value);
  if (name === 'status') return label(value);
  if (name === 'message') return fieldText(value);
  if (name === 'date') return day(value);
  // A required column missing: named as the template in the reader's language names it.
  if (name === 'header') return IMPORT_COLUMNS[kind].find((c) => c.headers.en === value)?.headers[lang.value] ?? value;
  return value;
}

/** The API's problem about a file in the reader's language; `english` when it is shown as the API wrote it. */
export function problemText(sent: ProblemAsSent, kind: ImportReport['kind']): { text: string; english: boolean } {
  const problem = importProblem(sent);
  if (!problem) return { text: sent.message, english: true };
  const values = Object.fromEntries(Object.entries(problem.values).map(([name, value]) => [name, worded(name, value, kind)]));
  if (problem.key === 'import.problem.unknownColumn') values.columns = IMPORT_COLUMNS[kind].map((c) => c.headers[lang.value]).join(', ');
  return { text: t(problem.key, values), english: false };
}

/** A heading that takes the focus when `focus` changes to a new request (after the action that made it). */
function FocusedHeading({ id, focus, children }: { id: string; focus: object | undefined; children: string }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => {
    if (focus) heading.current?.focus();
  }, [focus]);
  return (
    <h2 id={id} ref={heading} tabIndex={-1}>
      {children}
    </h2>
  );
}

const kindWords: Record<ImportReport['kind'], MessageKey> = { mobilities: 'import.kind.mobilities', agreements: 'import.kind.agreements' };
const encodingKey = (encoding: string) => `import.encoding.${encoding}` as MessageKey;
const KNOWN_ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1251', 'xlsx'];

function Figure({ term, children }: { term: string; children: string | number }) {
  return (
    <>
      <dt>{term}</dt>
      <dd>{typeof children === 'number' ? number(children) : children}</dd>
    </>
  );
}

/** The dry run's summary: its heading takes the focus once the check is done. */
export function ImportSummary({ report, focus }: { report: ImportReport; focus: object | undefined }) {
  const { partners } = report;
  return (
    <section class="card" aria-labelledby="summary-heading" id="summary">
      <FocusedHeading id="summary-heading" focus={focus}>
        {t('import.summary')}
      </FocusedHeading>
      <dl class="details">
        <Figure term={t('import.summary.file')}>{report.fileName}</Figure>
        <Figure term={t('import.summary.kind')}>{t(kindWords[report.kind])}</Figure>
        <Figure term={t('import.summary.readAs')}>{KNOWN_ENCODINGS.includes(report.encoding) ? t(encodingKey(report.encoding)) : report.encoding}</Figure>
        <Figure term={t('import.summary.rows')}>{report.rows}</Figure>
        <Figure term={t('import.summary.valid')}>{report.valid}</Figure>
        <Figure term={t('import.summary.withErrors')}>{report.rowsWithErrors}</Figure>
        <Figure term={t('import.summary.duplicates')}>{report.duplicateCount}</Figure>
        <Figure term={t('import.summary.toCreate')}>{report.toCreate}</Figure>
      </dl>
      {report.encoding === 'windows-1251' ? (
        <p class="message warn" id="encoding-note">
          {t('import.encoding.check')}
        </p>
      ) : null}
      <h3>{t('import.summary.partnersMatched')}</h3>
      {partners.matched.length ? (
        <ul id="partners-matched">
          {partners.matched.map((p) => (
            <li key={p.partnerId}>{t('import.partnerRows', { name: p.name, n: p.rows })}</li>
          ))}
        </ul>
      ) : (
        <p class="muted">{t('import.none')}</p>
      )}
      {partners.byLikeness.length ? (
        <>
          <h3>{t('import.summary.partnersByLikeness')}</h3>
          <p class="hint">{t('import.partnersByLikeness.hint')}</p>
          <ul id="partners-by-likeness">
            {partners.byLikeness.map((p) => (
              <li key={p.row}>{t('import.likenessRow', { row: p.row, given: p.given, name: p.name })}</li>
            ))}
          </ul>
        </>
      ) : null}
      <h3>{t('import.summary.partnersToCreate')}</h3>
      {partners.toCreate.length ? (
        <>
          <p class="hint">{t('import.partnersNew.hint')}</p>
          <ul id="partners-new">
            {partners.toCreate.map((p) => (
              <li key={`${p.country}-${p.name}`}>
                {t('import.newPartnerRows', { name: p.name, country: region(p.country), n: p.rows })}
                {p.alsoWritten?.length ? `; ${p.alsoWritten.map((a) => t('import.newPartnerAlsoWritten', { given: a.given, row: a.row })).join('; ')}` : ''}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p class="muted">{t('import.none')}</p>
      )}
    </section>
  );
}

/** Every error of the file (the first 1,000), by row and column, in a table whose caption names it. */
export function ImportErrors({ report }: { report: ImportReport }) {
  if (!report.errors.length) return <p id="no-errors">{t('import.noErrors')}</p>;
  return (
    <>
      <p class="hint" id="errors-hint">
        {t('import.errors.hint')}
        {report.errorCount > report.errors.length ? ` ${t('import.errors.capped', { shown: report.errors.length, total: report.errorCount })}` : ''}
      </p>
      <div class="table-scroll" role="region" aria-labelledby="errors-caption" tabIndex={0}>
        <table class="registry" id="import-errors" aria-describedby="errors-hint">
          <caption id="errors-caption">{t('import.errors.caption')}</caption>
          <thead>
            <tr>
              <th scope="col" class="num">
                {t('import.errors.row')}
              </th>
              <th scope="col">{t('import.errors.column')}</th>
              <th scope="col">{t('import.errors.problem')}</th>
            </tr>
          </thead>
          <tbody>
            {report.errors.map((e, i) => {
              const problem = problemText(e, report.kind);
              return (
                <tr key={`${e.row}-${e.column}-${i}`}>
                  <th scope="row" class="num">
                    {number(e.row)}
                  </th>
                  <td class="nowrap">{e.column}</td>
                  <td lang={problem.english && lang.value !== 'en' ? 'en' : undefined}>{problem.text}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}

/** The rows that repeat a record already in the table: left as they are. */
export function ImportDuplicates({ report }: { report: ImportReport }) {
  if (!report.duplicates.length) return null;
  return (
    <div class="table-scroll" role="region" aria-labelledby="duplicates-caption" tabIndex={0}>
      <table class="registry" id="import-duplicates">
        <caption id="duplicates-caption">{t('import.dups.caption')}</caption>
        <thead>
          <tr>
            <th scope="col" class="num">
              {t('import.errors.row')}
            </th>
            <th scope="col">{t('import.dups.reference')}</th>
            <th scope="col">{t('import.dups.how')}</th>
          </tr>
        </thead>
        <tbody>
          {report.duplicates.map((d) => (
            <tr key={d.row}>
              <th scope="row" class="num">
                {number(d.row)}
              </th>
              <td class="nowrap">{d.reference}</td>
              <td>{t(d.alreadyImported ? 'import.dups.imported' : 'import.dups.entered')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** What an import wrote, with the way to the list it wrote to; its heading takes the focus. */
export function ImportOutcome({ result, checkedHash, focus }: { result: ImportResult; checkedHash: string; focus: object | undefined }) {
  const a = result.applied;
  const mobilities = result.kind === 'mobilities';
  return (
    <section class="card" aria-labelledby="result-heading" id="result">
      <FocusedHeading id="result-heading" focus={focus}>
        {t('import.result')}
      </FocusedHeading>
      <dl class="details">
        <Figure term={t('import.summary.file')}>{result.fileName}</Figure>
        <Figure term={t('import.result.created')}>{a.created}</Figure>
        <Figure term={t('import.result.alreadyThere')}>{a.alreadyThere}</Figure>
        <Figure term={t('import.result.skipped')}>{a.skippedWithErrors}</Figure>
        <Figure term={t('import.result.partners')}>{a.partnersCreated}</Figure>
      </dl>
      {result.fileHash !== checkedHash ? <p class="message warn">{t('import.result.changed')}</p> : null}
      <p>
        <a href={mobilities ? '/office/nominations' : '/office/agreements'}>{t(mobilities ? 'import.result.toNominations' : 'import.result.toAgreements')}</a>
      </p>
    </section>
  );
}
