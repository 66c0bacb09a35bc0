/**
 * A horizontal bar chart drawn as SVG here (no chart library: a page of bars needs a few
 * rectangles, and the console's pages have a budget). Horizontal, because a phone 360 px wide
 * has room for a bar's name above it and a long bar, not for many columns side by side. Each bar
 * carries its figure as text, so nothing is said by length or colour alone.
 *
 * The chart is a picture of the table that follows it on the page, which is its accessible form:
 * hidden from assistive technology, so nothing is read twice. With a caption (the annual report's
 * charts, printed beside their tables), it is a figure: one image named by its caption.
 *
 * Sizes are in pixels vertically and in percent horizontally, without a viewBox: the text keeps
 * its size at any width and the bars stretch with the page.
 */

export type Bar = { key: string; label: string; value: number; /** The figure as the reader reads it ("1 234"). */ valueText: string };

/** Each bar's row: its name, then the bar and its figure. */
const ROW = 44;
const LABEL_Y = 15;
const BAR_Y = 21;
const BAR_HEIGHT = 16;
/** The longest bar, in percent of the width: the rest is room for its figure. */
const LONGEST = 82;
/** A name longer than a phone's width is cut with an ellipsis (whole in the table, and in the bar's tooltip). */
const LONGEST_LABEL = 40;

/** Each bar's length in percent of the width: the largest value the longest bar, zero none. */
export function barLengths(values: readonly number[]): number[] {
  const max = Math.max(0, ...values);
  return values.map((v) => (max > 0 && v > 0 ? Math.max(0.5, (v / max) * LONGEST) : 0));
}

const shortened = (text: string) => (text.length > LONGEST_LABEL ? `${text.slice(0, LONGEST_LABEL - 1)}…` : text);

type Props = { bars: Bar[]; /** A figure named by this caption (its id the figure's, `<id>-caption` the caption's), else a picture of the table beside it. */ caption?: { id: string; title: string } };

export function BarChart({ bars, caption }: Props) {
  if (!bars.length) return null;
  const chart = <Bars bars={bars} named={caption ? `${caption.id}-caption` : undefined} />;
  if (!caption) return chart;
  return (
    <figure class="chart" id={caption.id}>
      <figcaption id={`${caption.id}-caption`}>{caption.title}</figcaption>
      {chart}
    </figure>
  );
}

function Bars({ bars, named }: { bars: Bar[]; named: string | undefined }) {
  const lengths = barLengths(bars.map((b) => b.value));
  const naming = named ? { role: 'img' as const, 'aria-labelledby': named } : { 'aria-hidden': 'true' as const, focusable: 'false' as const };
  return (
    <div class="bar-chart">
      <svg xmlns="http://www.w3.org/2000/svg" width="100%" height={bars.length * ROW} {...naming}>
        {bars.map((bar, i) => {
          const top = i * ROW;
          const length = lengths[i]!;
          return (
            <g key={bar.key} class="bar">
              <title>{`${bar.label}: ${bar.valueText}`}</title>
              <text x="0" y={top + LABEL_Y} class="bar-label">
                {shortened(bar.label)}
              </text>
              <rect x="0" y={top + BAR_Y} width={`${length}%`} height={BAR_HEIGHT} rx="2" />
              <text x={`${length}%`} dx={length > 0 ? 6 : 0} y={top + BAR_Y + BAR_HEIGHT - 3} class="bar-value">
                {bar.valueText}
              </text>
            </g>
          );
        })}
      </svg>
    </div>
  );
}
