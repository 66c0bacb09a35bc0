/**
 * The agreements registry (/office/agreements): the filters (a view, a search for a partner or a
 * country, a status), how many are shown, and the table, with each agreement in force's places
 * this academic year filled in as they are read. The filters change the address (replaced, not
 * pushed), so Back from an agreement finds the registry as it was left; Enter in the search box
 * filters and sends nothing.
 */
import { IiaCreateForm } from './office-agreements-ewp';
import { useEffect } from 'preact/hooks';
import { Field } from '../components/field';
import { MessageBox } from '../components/message-box';
import { useTitle } from '../components/page';
import { day, region } from '../format';
import { label, plural, t, type MessageKey } from '../i18n/live';
import type { OfficeAgreements } from './office-agreements-page';
import { partnerName } from './office-agreements-page';
import { academicYearOf, agreementHref, dayOfMoment, daysBetween, filtered, placesInYear, rowsInView, STATUSES, VIEWS, type RegistryRow, type View } from './office-agreements-rows';

const VIEW_WORDS: Record<View, MessageKey> = { all: 'office.viewAll', in_force: 'office.viewInForce', expiring: 'office.viewExpiring', dormant: 'office.viewDormant' };
const CAPTIONS: Record<View, MessageKey> = { all: 'office.viewAll', in_force: 'office.captionInForce', expiring: 'office.captionExpiring', dormant: 'office.captionDormant' };

function Filters({ model }: { model: OfficeAgreements }) {
  const { view, search, status, at } = model.filters.value;
  return (
    <form id="filters" class="card filters" role="search" aria-labelledby="filters-heading" noValidate onSubmit={(e) => e.preventDefault()}>
      <h2 id="filters-heading" class="visually-hidden">
        {t('office.findAgreements')}
      </h2>
      <fieldset class="views">
        <legend>{t('office.show')}</legend>
        {VIEWS.map((v) => (
          <label class="choice" key={v}>
            <input type="radio" name="view" value={v} checked={view === v} onChange={() => model.setFilters({ view: v })} /> <span>{t(VIEW_WORDS[v])}</span>
          </label>
        ))}
      </fieldset>
      <div class="row">
        {view === 'in_force' ? (
          <Field id="at" label={t('office.inForceOn')} hint={t('office.inForceOnHint')}>
            {(control) => <input type="date" {...control} name="at" value={at} onChange={(e) => model.setFilters({ at: e.currentTarget.value })} />}
          </Field>
        ) : null}
        <Field id="search" label={t('office.search')} hint={t('office.searchHint')}>
          {(control) => <input type="search" {...control} name="search" autocomplete="off" value={search} onInput={(e) => model.setFilters({ search: e.currentTarget.value })} />}
        </Field>
        <Field id="status" label={t('office.status')}>
          {(control) => (
            <select {...control} name="status" value={status} onChange={(e) => model.setFilters({ status: e.currentTarget.value })}>
              <option value="">{t('office.anyStatus')}</option>
              {STATUSES.map((s) => (
                <option key={s} value={s}>
                  {label(s)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
    </form>
  );
}

/** The places cell of an agreement in force: "3 of 5 used", "…" while read, marked when beyond the plan. */
function PlacesCell({ model, row, year }: { model: OfficeAgreements; row: RegistryRow; year: string }) {
  if (row.status !== 'active') return <td class="places-cell" />;
  const rows = model.placesOf.value.get(row.id);
  if (rows === undefined) return <td class="places-cell">…</td>;
  if (rows === null) return <td class="places-cell" />;
  const { used, planned, over } = placesInYear(rows, year);
  return <td class={over ? 'places-cell warn' : 'places-cell'}>{planned === 0 && used === 0 ? t('office.placesNonePlanned') : t('office.placesUsedOf', { used, planned })}</td>;
}

function Row({ model, row, view, year, today, referenceOf }: { model: OfficeAgreements; row: RegistryRow; view: View; year: string; today: string; referenceOf: (id: string) => string }) {
  const c = row.content ?? {};
  const country = c.partnerId ? model.partners.value.get(c.partnerId)?.country : undefined;
  return (
    <tr>
      <th scope="row">
        <a href={agreementHref(row.id)}>{row.reference}</a>
      </th>
      <td class="partner">
        <span>{partnerName(model, c.partnerId)}</span>
        {country ? <span class="muted block">{region(country)}</span> : null}
      </td>
      {/* An amendment is a change to another agreement, not an agreement of its own: said so. */}
      <td class="kind">{row.amends ? t('office.amendmentOf', { reference: referenceOf(row.amends) }) : label(c.kind)}</td>
      <td>
        <span class="badge">{label(row.status)}</span>
      </td>
      <td class="date">{c.startDate ? day(c.startDate) : ''}</td>
      <td class="date">{c.endDate ? day(c.endDate) : t('content.openEnded')}</td>
      {/* The expiring view lists only agreements with an end date. */}
      {view === 'expiring' ? <td class="nowrap">{plural('history.daysLeft', daysBetween(today, String(c.endDate)))}</td> : null}
      {view === 'dormant' ? <td class="date">{row.lastMobilityAt ? day(dayOfMoment(row.lastMobilityAt)) : t('office.never')}</td> : null}
      <PlacesCell model={model} row={row} year={year} />
    </tr>
  );
}

function Table({ model }: { model: OfficeAgreements }) {
  const read = model.registry.value;
  const { view, search, status, at } = model.filters.value;
  const today = model.today();
  const year = academicYearOf(today);
  const agreements = read.state === 'ready' ? read.agreements : [];
  const inView = read.state === 'ready' ? rowsInView(view, agreements, read.dormant, today, at) : [];
  const shown = filtered(inView, { search, status }, model.partners.value);
  const inForce = shown.filter((a) => a.status === 'active').map((a) => a.id);
  const referenceOf = (id: string) => agreements.find((a) => a.id === id)?.reference ?? id;
  const columns: MessageKey[] = ['office.reference', 'content.partner', 'content.kind', 'office.status', 'content.starts', 'content.ends'];
  if (view === 'expiring') columns.push('office.daysLeft');
  if (view === 'dormant') columns.push('office.lastMobility');
  useEffect(() => model.readPlacesOf(inForce), [model, inForce.join(' ')]);
  return (
    <>
      <p id="count" class="muted" role="status" aria-live="polite">
        {t('office.count', { n: shown.length, total: inView.length })}
      </p>
      <div class="table-scroll" role="region" aria-labelledby="registry-caption" tabIndex={0}>
        <table id="registry-table" class="registry">
          <caption id="registry-caption" class="visually-hidden">
            {t(CAPTIONS[view], { day: day(at || today) })}
          </caption>
          <thead>
            <tr id="registry-head">
              {columns.map((key) => (
                <th scope="col" key={key}>
                  {t(key)}
                </th>
              ))}
              {/* The places and the dates may wrap ("3 of 3 / used", "1 октября / 2024 г."): the registry fits a 1280 px window whole. */}
              <th scope="col">{t('office.placesYear', { year })}</th>
            </tr>
          </thead>
          <tbody id="registry-body">
            {shown.map((row) => (
              <Row key={row.id} model={model} row={row} view={view} year={year} today={today} referenceOf={referenceOf} />
            ))}
            {shown.length === 0 ? (
              <tr>
                <td class="muted" colSpan={columns.length + 1}>
                  {t('office.noneFound')}
                </td>
              </tr>
            ) : null}
          </tbody>
        </table>
      </div>
    </>
  );
}

export function RegistryView({ model }: { model: OfficeAgreements }) {
  useTitle(t('office.registry'));
  const ready = model.registry.value.state === 'ready';
  return (
    <>
      <h1 id="title">{t('office.registry')}</h1>
      <MessageBox id="message" message={model.message.value} />
      {ready ? (
        <div id="registry">
          <Filters model={model} />
          <Table model={model} />
          <IiaCreateForm model={model} />
        </div>
      ) : (
        <p class="muted">{t('common.loading')}</p>
      )}
    </>
  );
}
