// The queues that cut Simak's work on the page into slices. The clock is simulated (each item
// "takes" a set time) and the next slice is started by hand, so nothing here depends on how
// fast or busy this machine is.
import { describe, expect, it } from 'vitest';
import { SLICE_MS, SlicedWork, SliceQueue } from './slice-queue';

/** A clock that moves only when an item says it spent time. */
function fakeClock() {
  let now = 0;
  return { now: () => now, spend: (ms: number) => (now += ms) };
}

describe('SliceQueue', () => {
  it('stops a slice once the budget is spent, and runs the rest, in order, in later slices', () => {
    const clock = fakeClock();
    const ran: number[] = [];
    const queue = new SliceQueue<number, number>(
      (key) => {
        ran.push(key);
        clock.spend(3);
      },
      12,
      clock.now,
    );
    for (let i = 0; i < 30; i++) queue.set(i, i);
    const slices: { items: number; ms: number }[] = [];
    while (queue.size > 0) {
      const started = clock.now();
      const items = queue.runSlice();
      slices.push({ items, ms: clock.now() - started });
    }
    // 3 ms items under a 12 ms budget: four to a slice, the clock read before each.
    expect(slices.map((s) => s.items)).toEqual([4, 4, 4, 4, 4, 4, 4, 2]);
    for (const s of slices) expect(s.ms).toBeLessThanOrEqual(12);
    expect(ran).toEqual([...Array(30).keys()]);
  });

  it('runs at least one item per slice, however slow, so a slow item cannot stall the queue', () => {
    const clock = fakeClock();
    const queue = new SliceQueue<string, number>((_, ms) => clock.spend(ms), SLICE_MS, clock.now);
    queue.set('slow', 100);
    queue.set('quick', 1);
    expect(queue.runSlice()).toBe(1);
    expect(queue.runSlice()).toBe(1);
    expect(queue.size).toBe(0);
  });

  it('keeps one item per key: a newer one replaces the one still waiting', () => {
    const clock = fakeClock();
    const ran: string[] = [];
    const queue = new SliceQueue<string, string>((key, value) => ran.push(`${key}=${value}`), SLICE_MS, clock.now);
    queue.set('a', 'old');
    queue.set('b', 'only');
    queue.set('a', 'new');
    queue.runSlice();
    expect(ran).toEqual(['a=new', 'b=only']);
  });
});

describe('SlicedWork', () => {
  it('drains itself one slice per task, each within the budget, every item once', () => {
    const clock = fakeClock();
    const tasks: (() => void)[] = [];
    const ran = new Map<number, number>();
    const slices: { started: number; ran: number; ms: number }[] = [];
    const work = new SlicedWork<number, null>({
      work: (key) => {
        ran.set(key, (ran.get(key) ?? 0) + 1);
        clock.spend(key % 7 === 0 ? 5 : 1);
      },
      now: clock.now,
      schedule: (cb) => tasks.push(cb),
      onSlice: (started, count) => slices.push({ started, ran: count, ms: clock.now() - started }),
    });
    for (let i = 0; i < 200; i++) work.add(i, null);
    // Queued, not run: the caller's task stays short.
    expect(ran.size).toBe(0);
    expect(tasks).toHaveLength(1);
    for (let turn = 0; tasks.length > 0; turn++) {
      // More work arriving mid-way joins the queue without a second task being started.
      if (turn === 3) for (let i = 200; i < 250; i++) work.add(i, null);
      expect(tasks).toHaveLength(1);
      tasks.shift()?.();
    }
    expect(work.size).toBe(0);
    expect([...ran.keys()].sort((a, b) => a - b)).toEqual([...Array(250).keys()]);
    expect([...ran.values()].every((n) => n === 1)).toBe(true);
    // Each slice ends at most one item (5 ms here) past the budget, and there were many.
    for (const s of slices) expect(s.ms).toBeLessThan(SLICE_MS + 5);
    expect(slices.length).toBeGreaterThan(250 / SLICE_MS);
    expect(slices.reduce((n, s) => n + s.ran, 0)).toBe(250);
  });

  it('forgets what is cleared', () => {
    const tasks: (() => void)[] = [];
    const ran: number[] = [];
    const work = new SlicedWork<number, null>({ work: (key) => ran.push(key), schedule: (cb) => tasks.push(cb) });
    work.add(2, null);
    tasks.shift()?.();
    work.add(3, null);
    work.clear();
    tasks.shift()?.();
    expect(ran).toEqual([2]);
  });
});
