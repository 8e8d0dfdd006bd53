import { describe, expect, it } from 'vitest';
import { daysBetween, findSpikes } from './spikes';

const series = (values: number[]) =>
  values.map((value, i) => ({ day: `2026-11-${String(i + 1).padStart(2, '0')}`, value }));

describe('spikes', () => {
  it('flags a day far above the previous 14 days, not ordinary noise', () => {
    const noisy = [20, 22, 19, 25, 21, 18, 23, 20, 24, 19, 22, 21, 20, 23, 22, 80, 24, 21];
    const spikes = findSpikes(series(noisy));
    expect(spikes.map((s) => s.day)).toEqual(['2026-11-16']);
    expect(spikes[0]?.baseline).toBeCloseTo(299 / 14, 6);
  });

  it('needs enough history, and a real excess over a flat baseline', () => {
    expect(findSpikes(series([0, 0, 0, 50]))).toEqual([]);
    // Flat at 0, then 3: above mean + 3·0, but below the minimum excess.
    expect(findSpikes(series([0, 0, 0, 0, 0, 0, 0, 0, 3]))).toEqual([]);
    expect(findSpikes(series([0, 0, 0, 0, 0, 0, 0, 0, 9])).map((s) => s.value)).toEqual([9]);
  });

  it('lists consecutive days across a month end', () => {
    expect(daysBetween('2026-11-29', '2026-12-02')).toEqual(['2026-11-29', '2026-11-30', '2026-12-01', '2026-12-02']);
    expect(daysBetween('2026-12-02', '2026-11-29')).toEqual([]);
  });
});
