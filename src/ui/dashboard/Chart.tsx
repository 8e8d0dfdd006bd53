// A uPlot time-series chart with its table view. uPlot (MIT, ~50 kB, no dependencies) was
// chosen over Chart.js: it draws daily series for 90 days in a millisecond, needs no
// animation or plugin system, and works under the extension pages' strict CSP.
import { useEffect, useRef } from 'preact/hooks';
import uPlot from 'uplot';
import { t } from '../../i18n/translate';

export interface Series {
  label: string;
  values: number[];
  color: string;
}

interface Props {
  id: string;
  title: string;
  days: string[];
  series: Series[];
  /** Days to mark (spikes), shown bold in the table and as points on the chart. */
  marked?: Set<string>;
}

const toTime = (day: string) => new Date(`${day}T12:00:00`).getTime() / 1000;

export function Chart({ id, title, days, series, marked }: Props) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const plot = new uPlot(
      {
        width: Math.max(320, el.clientWidth),
        height: 220,
        series: [
          // uPlot's own legend word for the x axis is English: name it in the page language.
          { label: t('dashDay') },
          ...series.map((s) => ({
            label: s.label,
            stroke: s.color,
            width: 2,
            points: { show: (_u: uPlot, _i: number) => days.length <= 31 },
          })),
        ],
        axes: [{}, { size: 50 }],
        scales: { x: { time: true } },
        legend: { show: true },
      },
      [days.map(toTime), ...series.map((s) => s.values)],
      el,
    );
    return () => plot.destroy();
  }, [days, series]);

  return (
    <figure class="chart" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`}>{title}</figcaption>
      {/* The canvas is a picture of the table below, which carries the figures for everyone. */}
      <div ref={box} aria-hidden="true" />
      <details>
        <summary>{t('dashTable')}</summary>
        <table>
          <caption class="sr-only">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t('dashDay')}</th>
              {series.map((s) => (
                <th key={s.label} scope="col">
                  {s.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {days.map((day, i) => (
              <tr key={day} class={marked?.has(day) ? 'spike' : undefined}>
                <th scope="row">
                  {day}
                  {marked?.has(day) ? ` (${t('dashSpike')})` : ''}
                </th>
                {series.map((s) => (
                  <td key={s.label}>{s.values[i] ?? 0}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
