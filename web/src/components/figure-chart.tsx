/**
 * A horizontal bar chart drawn as SVG by hand: a few bars with their numbers, no library (a
 * chart library would cost more than the rest of the report). Each bar's name is written above it
 * and its number at its end, so nothing is told by colour alone, and the chart reads the same
 * printed in black and white. The table beside it is its accessible form; the SVG itself is one
 * image named by the figure's caption.
 *
 * The drawing is in a fixed coordinate space (`WIDTH` wide) scaled to the box: on a 360 px phone
 * it shrinks as a whole, and the names stay on their own line, so long faculty names still fit.
 */
export type Bar = { label: string; value: number };

type Props = { id: string; title: string; bars: Bar[]; /** How a value is written (the reader's digits). */ format: (n: number) => string };

const WIDTH = 360;
const LABEL = 18; // the name's line
const BAR = 16;
const GAP = 10;
const NUMBER_ROOM = 56; // the number after the longest bar

export function FigureChart({ id, title, bars, format }: Props) {
  const most = Math.max(1, ...bars.map((b) => b.value));
  const row = LABEL + BAR + GAP;
  const height = bars.length * row;
  const captionId = `${id}-caption`;
  return (
    <figure class="chart" id={id}>
      <figcaption id={captionId}>{title}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby={captionId} preserveAspectRatio="xMinYMin meet">
        {bars.map((b, i) => {
          const top = i * row;
          const length = b.value > 0 ? Math.max(2, ((WIDTH - NUMBER_ROOM) * b.value) / most) : 0;
          return (
            <g key={b.label} class="bar-row">
              <text class="bar-label" x={0} y={top + LABEL - 4}>
                {b.label}
              </text>
              <rect class="bar" x={0} y={top + LABEL} width={length} height={BAR} />
              <text class="bar-value" x={length + 6} y={top + LABEL + BAR - 3}>
                {format(b.value)}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
