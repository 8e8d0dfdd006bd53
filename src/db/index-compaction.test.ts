import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Compaction } from './index-compaction';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

/** A compaction over slices of 10 entries (due past 200 entries or 100 rows, at once past 2,000 entries), idle after 1 s. */
function made() {
  const saves: number[] = [];
  const compaction = new Compaction(10, 1_000, async () => {
    saves.push(Date.now());
    return true;
  });
  return { compaction, saves };
}

describe('when the search index base is rewritten', () => {
  it('waits for a second without a change once the changes pile up', async () => {
    const { compaction, saves } = made();
    compaction.saved(150);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(saves).toHaveLength(0);
    compaction.saved(100);
    await vi.advanceTimersByTimeAsync(500);
    compaction.saved(10);
    await vi.advanceTimersByTimeAsync(900);
    expect(saves).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(200);
    expect(saves).toHaveLength(1);
    // Counted again from nothing once saved.
    compaction.saved(100);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(saves).toHaveLength(1);
  });

  it('runs at once past its limit', async () => {
    const { compaction, saves } = made();
    compaction.saved(2_500);
    await vi.advanceTimersByTimeAsync(0);
    expect(saves).toHaveLength(1);
  });
});
