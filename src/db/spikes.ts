// Spikes: days that stand far above their recent baseline. A day is a spike when its value
// exceeds mean + k·sd of the `window` days before it (default: 3 sd over the previous 14 days),
// with a floor so a quiet series (sd ≈ 0) does not flag every small bump.

export interface DayValue {
  day: string;
  value: number;
}

export interface Spike extends DayValue {
  baseline: number;
  sd: number;
}

export interface SpikeOptions {
  window?: number;
  k?: number;
  /** Days of history needed before a day can be judged. */
  minHistory?: number;
  /** The value must also exceed the baseline by at least this much (absolute). */
  minExcess?: number;
}

/** `series` must be consecutive days, oldest first (missing days filled with 0). */
export function findSpikes(series: DayValue[], options: SpikeOptions = {}): Spike[] {
  const { window = 14, k = 3, minHistory = 7, minExcess = 5 } = options;
  const spikes: Spike[] = [];
  for (let i = 0; i < series.length; i++) {
    const history = series.slice(Math.max(0, i - window), i).map((d) => d.value);
    if (history.length < minHistory) continue;
    const mean = history.reduce((a, b) => a + b, 0) / history.length;
    const sd = Math.sqrt(history.reduce((a, b) => a + (b - mean) ** 2, 0) / history.length);
    const today = series[i] as DayValue;
    if (today.value > mean + k * sd && today.value - mean >= minExcess) spikes.push({ ...today, baseline: mean, sd });
  }
  return spikes;
}

/** Every day from `from` to `to` inclusive (YYYY-MM-DD, local calendar). */
export function daysBetween(from: string, to: string): string[] {
  const out: string[] = [];
  const [fy, fm, fd] = from.split('-').map(Number);
  const d = new Date(fy ?? 1970, (fm ?? 1) - 1, fd ?? 1);
  for (let guard = 0; guard < 4000; guard++) {
    const day = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    if (day > to) break;
    out.push(day);
    d.setDate(d.getDate() + 1);
  }
  return out;
}
