/**
 * One agreement's page (/office/agreements?id=<id>): its status, its signatures, termination and
 * renewal with the office's actions on them, its content and conditions (with the edit form),
 * the places planned and used per year, its documents, its versions with what changed last (an
 * amendment's: what it changes in the agreement it amends), and its history. What changed is
 * worded by diff-words.ts, the content and the history by item-words.ts, as the other pages do.
 */
import { ContentTerms } from '../components/content-terms';
import type { ComponentChildren } from 'preact';
import { textLanguageOf } from '../../../shared/memorandum-pair';
import { diffContent } from '../../../shared/workflow/versions';
import type { Agreement, PlacesRow, VersionDiff } from '../api-types';
import { MessageBox } from '../components/message-box';
import { useTitle } from '../components/page';
import { changedField, changedValue, type Wording } from '../diff-words';
import { day, languageName, list, number, region, when } from '../format';
import { label, lang, plural, t, type MessageKey } from '../i18n/live';
import { contentRows, eventNote, historyLine, type Content, type Speech } from '../item-words';
import { DocumentsSection } from './office-agreements-documents';
import { EwpApprovalPart } from './office-agreements-ewp';
import { EditPart, LifePart } from './office-agreements-later-parts';
import { partnerName, type AgreementRead, type AmendmentBase, type OfficeAgreements } from './office-agreements-page';
import { agreementHref, PAGE } from './office-agreements-rows';

type Change = VersionDiff['changes'][number];

/** Someone's words, in the language's quotation marks. */
const quote = (text: string) => (lang.value === 'ru' ? `«${text}»` : `“${text}”`);

/** The page's words for what changed and for the content, with the names it knows for ids. */
function wordingOf(model: OfficeAgreements, read: AgreementRead): Speech {
  const faculty = (id: string) => {
    const f = read.faculties.find((x) => x.id === id);
    return f && (f.names?.[lang.value] ?? f.name);
  };
  const wording: Wording = { t, label, day, number, list, language: languageName, partner: (id) => partnerName(model, id), faculty };
  return { ...wording, when: (iso) => when(iso), plural, region };
}

const HOW: Record<string, MessageKey> = { approved: 'office.how.approved', edited: 'office.how.edited', amendment: 'office.how.amendment', imported: 'office.how.imported' };

function Card({ id, heading, children }: { id: string; heading: ComponentChildren; children: ComponentChildren }) {
  return (
    <section class="card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{heading}</h2>
      {children}
    </section>
  );
}

function ContentList({ model, read, speech }: { model: OfficeAgreements; read: AgreementRead; speech: Speech }) {
  const c = read.agreement.content;
  const partner = model.partners.value.get(c.partnerId);
  const rows = contentRows('memorandum', c as Content, speech, partner ? { ...partner, name: partnerName(model, partner.id) } : undefined, { faculty: speech.faculty! });
  return (
    <dl class="details" id="detail-content">
      <ContentTerms rows={rows} />
    </dl>
  );
}

/** The places table; for an amendment, those of the agreement it amends (`of`), said so: an amendment has no places of its own. */
function Places({ answer, of }: { answer: AgreementRead['places']; of?: string | undefined }) {
  const rows: PlacesRow[] = answer.ok ? answer.data : [];
  const note = !answer.ok
    ? t('office.placesFailed', { status: String(answer.status) })
    : [of ? t('office.placesOfAmended', { reference: of }) : '', rows.length ? '' : t('office.placesNone')].filter(Boolean).join(' ');
  return (
    <Card id="places" heading={t('office.places')}>
      <p id="places-note" class="muted">
        {note}
      </p>
      <div class="table-scroll" role="region" aria-labelledby="places-heading" tabIndex={0}>
        <table id="places-table" class="registry">
          <thead>
            <tr>
              <th scope="col">{t('content.academicYear')}</th>
              <th scope="col">{t('content.direction')}</th>
              <th scope="col">{t('office.placeType')}</th>
              <th scope="col" class="num">
                {t('office.planned')}
              </th>
              <th scope="col" class="num">
                {t('office.used')}
              </th>
              <th scope="col" class="num">
                {t('office.left')}
              </th>
            </tr>
          </thead>
          <tbody id="places-body">
            {rows.map((r) => (
              <tr key={`${r.academicYear}|${r.sender}|${r.type}`}>
                <th scope="row">{r.academicYear}</th>
                <td>{t(r.sender === 'home' ? 'office.outgoing' : 'office.incoming')}</td>
                <td>{label(r.type)}</td>
                <td class="num">{number(r.planned)}</td>
                <td class="num">{r.overridden ? `${number(r.used)} (${t('office.overridden', { n: r.overridden })})` : number(r.used)}</td>
                {/* Beyond the plan (an override): "1 over", not "−1" left. */}
                <td class="num">{r.left < 0 ? t('office.placesOver', { n: -r.left }) : number(r.left)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Card>
  );
}

/** The diff table: each changed field by its name, then its value before and after. */
function DiffTable({ changes, words }: { changes: Change[]; words: Wording }) {
  return (
    <div class="table-scroll" id="diff-wrap" role="region" aria-labelledby="diff-heading" tabIndex={0}>
      <table class="registry">
        <thead>
          <tr>
            <th scope="col">{t('office.field')}</th>
            <th scope="col">{t('office.before')}</th>
            <th scope="col">{t('office.after')}</th>
          </tr>
        </thead>
        <tbody id="diff-body">
          {changes.map((c, i) => (
            <tr key={`${c.path}-${i}`}>
              <th scope="row">{changedField(c.path, words)}</th>
              <td class="pre">{changedValue(c.path, c.from, words)}</td>
              <td class="pre">{changedValue(c.path, c.to, words)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Versions({ read, words }: { read: AgreementRead; words: Wording }) {
  const { versions: answer, diff } = read;
  if (!answer.ok) {
    return (
      <Card id="versions" heading={t('office.versions')}>
        <ol class="history" id="versions">
          <li class="muted">{t('office.versionsFailed', { status: String(answer.status) })}</li>
        </ol>
      </Card>
    );
  }
  // An agreement still in its chain has no version yet: no card with a heading alone.
  if (answer.data.length === 0) return null;
  const changes: Change[] = diff?.answer.ok ? diff.answer.data.changes : [];
  const note = !diff
    ? t('office.onlyOneVersion')
    : !diff.answer.ok
      ? t('office.diffFailed', { status: String(diff.answer.status) })
      : changes.length
        ? undefined
        : t('office.noChanges');
  return (
    <Card id="versions" heading={t('office.versions')}>
      <ol class="history" id="versions">
        {answer.data.map((v) => {
          const how = HOW[v.how] ? t(HOW[v.how]!) : label(v.how);
          return (
            <li key={v.number}>
              <div class="muted">{when(v.at)}</div>
              <div>
                {t('office.versionLine', { n: v.number, how, who: v.by?.name ?? v.by?.email ?? '' })}
                {/* The amendment that made the version, linked: its chain, its approvers, its note. */}
                {v.amendment ? (
                  <>
                    {' ('}
                    {v.amendment.id ? <a href={agreementHref(v.amendment.id)}>{v.amendment.reference}</a> : v.amendment.reference}
                    {')'}
                  </>
                ) : null}
              </div>
              {v.note ? <p class="pre">{quote(v.note)}</p> : null}
            </li>
          );
        })}
      </ol>
      {diff ? <h3 id="diff-heading">{t('office.diffHeading', { from: diff.from, to: diff.to })}</h3> : null}
      {diff && changes.length ? <DiffTable changes={changes} words={words} /> : null}
      {note ? (
        <p id="diff-note" class="muted">
          {note}
        </p>
      ) : null}
    </Card>
  );
}

/**
 * An amendment's page in place of versions (it has none of its own): what it changes in the
 * agreement it amends. Once approved, the version it made there against the one before; until
 * then, the version in force against what it proposes. The note says against what before the
 * table shows it.
 */
function AmendmentChanges({ amendment, base, words }: { amendment: Agreement; base: AmendmentBase | undefined; words: Wording }) {
  let note: string;
  let changes: Change[] = [];
  if (!base) note = t('office.diffFailed', { status: '—' });
  else {
    const made = base.versions.find((v) => v.amendment?.id === amendment.id);
    const before = made && base.versions.find((v) => v.number === made.number - 1);
    changes = made && before ? diffContent(before.content, made.content) : diffContent(base.content, amendment.content);
    note = made ? t('office.amendmentApplied', { n: made.number, reference: base.reference }) : t('office.amendmentAgainst', { n: base.contentVersion ?? 1, reference: base.reference });
    if (!changes.length) note += ` ${t('office.noChanges')}`;
  }
  return (
    <Card id="versions" heading={t('office.amendmentChanges')}>
      <p id="diff-note" class="muted">
        {note}
      </p>
      {changes.length ? <DiffTable changes={changes} words={words} /> : null}
    </Card>
  );
}

function History({ read, speech }: { read: AgreementRead; speech: Speech }) {
  const events = read.agreement.history ?? [];
  // A change in the history names the fields it touched, as the versions' diff does.
  const fields = (paths: string[]) => list([...new Set(paths.map((p) => changedField(p, speech)))]);
  return (
    <Card id="history" heading={t('common.history')}>
      <ol class="history" id="history">
        {events.length === 0 ? <li class="muted">{t('history.nothing')}</li> : null}
        {events.map((e, i) => {
          const note = eventNote(e);
          return (
            <li key={i}>
              <div class="muted">{when(e.at)}</div>
              <div>{historyLine(e, speech, fields)}</div>
              {note ? <p class="pre">{quote(note)}</p> : null}
            </li>
          );
        })}
      </ol>
    </Card>
  );
}

/**
 * The memorandum's text as files (GET /api/agreements/{id}/memorandum.pdf and .docx), and the
 * agreement as an EWP IIA (…/ewp-iia.xml): plain links, the browser downloads; below, the
 * partner's EWP approval. First the pair chosen for the agreement (links without `pair`: the
 * server writes the agreement's own choice), then the other pair (`?pair=`) for whoever needs it.
 */
function MemorandumText({ model, read }: { model: OfficeAgreements; read: AgreementRead }) {
  const id = read.agreement.id;
  const chosen = textLanguageOf(read.agreement.content);
  const names = { ru: t('office.memorandumEnRu'), uz: t('office.memorandumEnUz') } as const;
  const other = chosen === 'ru' ? 'uz' : 'ru';
  const files = (query: string) => (
    <>
      <a href={`/api/agreements/${encodeURIComponent(id)}/memorandum.pdf${query}`} download>
        PDF
      </a>
      {' · '}
      <a href={`/api/agreements/${encodeURIComponent(id)}/memorandum.docx${query}`} download>
        DOCX
      </a>
    </>
  );
  return (
    <Card id="memorandum-text" heading={t('office.memorandumText')}>
      <p class="hint">{t('office.memorandumTextHint')}</p>
      <ul id="memorandum-files">
        <li key={chosen} class="chosen-pair">
          {t('office.memorandumChosen', { pair: names[chosen] })}: {files('')}
        </li>
        <li key={other}>
          {names[other]}: {files(`?pair=${other}`)}
        </li>
      </ul>
      <p id="ewp-file">
        {/* The same agreement for a partner's EWP system or the Erasmus+ Dashboard (README "Erasmus Without Paper"). */}
        <a href={`/api/agreements/${encodeURIComponent(id)}/ewp-iia.xml`} download>
          {t('office.ewpIiaFile')}
        </a>
      </p>
      <EwpApprovalPart model={model} read={read} />
    </Card>
  );
}

function Agreement({ model, read }: { model: OfficeAgreements; read: AgreementRead }) {
  const a = read.agreement;
  const speech = wordingOf(model, read);
  const amendedReference = a.amends ? (read.linked[a.amends]?.reference ?? a.amends) : undefined;
  return (
    <div id="detail">
      <p>
        <a id="back-link" href={PAGE}>
          {t('office.backToRegistry')}
        </a>
      </p>
      <ul class="meta" id="detail-meta">
        <li class="badge">{label(a.status)}</li>
      </ul>
      <LifePart model={model} read={read} />
      <Card id="conditions" heading={t('office.conditions')}>
        <ContentList model={model} read={read} speech={speech} />
        <EditPart model={model} read={read} />
      </Card>
      <Places answer={read.amended ? read.amended.places : read.places} of={amendedReference} />
      <DocumentsSection model={model} read={read} />
      <MemorandumText model={model} read={read} />
      {read.amended ? <AmendmentChanges amendment={a} base={read.amended.base} words={speech} /> : <Versions read={read} words={speech} />}
      <History read={read} speech={speech} />
    </div>
  );
}

export function AgreementView({ model }: { model: OfficeAgreements }) {
  const part = model.agreement.value;
  const title =
    part.state === 'loading' ? t('common.loading') : part.state === 'failed' ? t(part.status === 404 ? 'item.notFound' : 'common.somethingWrong') : t('office.agreementTitle', { reference: part.read.agreement.reference });
  useTitle(title);
  const c = part.state === 'ready' ? part.read.agreement.content : undefined;
  const subtitle = c ? [label(c.kind), partnerName(model, c.partnerId)].filter(Boolean).join(' — ') : '';
  return (
    <>
      <h1 id="title">{title}</h1>
      {subtitle ? (
        <p id="subtitle" class="muted">
          {subtitle}
        </p>
      ) : null}
      <MessageBox id="message" message={part.state === 'failed' ? part.message : model.message.value} />
      {part.state === 'ready' ? <Agreement model={model} read={part.read} /> : null}
    </>
  );
}
