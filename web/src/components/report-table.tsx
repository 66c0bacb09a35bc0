/**
 * A statistics table: the accessible form of a chart, and what an office copies into its report.
 * Its caption says what is counted; the year and the group head their row (`th scope="row"`), the
 * figures are right-aligned, a count links to the list it counts where there is one, and the
 * totals row closes it. It scrolls sideways inside its own box on a narrow phone.
 */
import { number } from '../i18n/numbers';

export type TableRow = { key: string; year?: string; group?: string; count: number; months?: number; href?: string };

type Props = {
  id: string;
  caption: string;
  /** Column headings: the year and the group only where the rows have them; months only where given. */
  headings: { year?: string; group?: string; count: string; months?: string };
  rows: TableRow[];
  total: { label: string; count: number; months?: number };
};

/** Person-months to one decimal, in the reader's language. */
const months = (n: number) => number(Math.round(n * 10) / 10);

export function ReportTable({ id, caption, headings, rows, total }: Props) {
  const labelColumns = (headings.year ? 1 : 0) + (headings.group ? 1 : 0);
  return (
    <div class="table-scroll" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
      <table id={id} class="registry report-table">
        <caption id={`${id}-caption`}>{caption}</caption>
        <thead>
          <tr>
            {headings.year ? <th scope="col">{headings.year}</th> : null}
            {headings.group ? <th scope="col">{headings.group}</th> : null}
            <th scope="col" class="num">
              {headings.count}
            </th>
            {headings.months ? (
              <th scope="col" class="num">
                {headings.months}
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              {headings.year ? (
                <th scope="row" class="nowrap">
                  {r.year}
                </th>
              ) : null}
              {headings.group ? <th scope="row">{r.group}</th> : null}
              <td class="num">{r.href ? <a href={r.href}>{number(r.count)}</a> : number(r.count)}</td>
              {headings.months ? <td class="num">{months(r.months ?? 0)}</td> : null}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            {labelColumns ? (
              <th scope="row" colSpan={labelColumns}>
                {total.label}
              </th>
            ) : null}
            <td class="num">{labelColumns ? number(total.count) : `${total.label}: ${number(total.count)}`}</td>
            {headings.months ? <td class="num">{months(total.months ?? 0)}</td> : null}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
