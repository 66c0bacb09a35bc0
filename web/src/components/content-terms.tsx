/**
 * An item's content as term and description pairs (item-words.ts `contentRows`), for the `<dl>`
 * each page keeps: the item page, the approver's, the partner signatory's and the office's
 * agreement. A list row is a list; a long text keeps its lines; a partner only proposed by a
 * memorandum says so after its name, where the page knows it.
 */
import type { ComponentChildren } from 'preact';
import { Fragment } from 'preact';
import { t } from '../i18n/live';
import type { ContentRow } from '../item-words';

export function ContentTerms<Shown extends ComponentChildren>({ rows, partnerProposed = false }: { rows: ContentRow<Shown>[]; partnerProposed?: boolean }) {
  return (
    <>
      {rows.map((r) => (
        <Fragment key={r.term}>
          <dt>{t(r.term)}</dt>
          {'lines' in r ? (
            <dd>
              <ul>
                {r.lines.map((line, i) => (
                  <li key={i}>{line}</li>
                ))}
              </ul>
            </dd>
          ) : (
            <dd class={r.pre ? 'pre' : undefined}>
              {r.value}
              {/* A partner a memorandum proposed is in the registry only as proposed until the office checks it. */}
              {r.term === 'content.partner' && partnerProposed ? <span class="muted"> {t('item.partnerProposed')}</span> : null}
            </dd>
          )}
        </Fragment>
      ))}
    </>
  );
}
