// A feed with every post on screen at once: `total` X-like posts in a grid of tiny cells that
// all fit in the viewport, so the intersection observer reports all of them together. This is
// the worst case for the content script's batches (10,000 posts once took one 1.9 s task and
// stalled the page's timers for seconds). The page also probes its own timers: a 20 ms
// interval records how late it fires once the posts are built.
import type { Page } from 'playwright-core';
import { launch, openHtml, type Session } from '../../scripts/lib/browser';
import { feedPage } from './feed-page';
import { profileBuild } from './profile-build';
import { type TaskCpu, traceTasks } from './task-cpu';
import { type Measure, X_MARKUP } from './x-feed';

/** Simak's own work, one task each: finding posts, reading them, drawing badges, placing chips. */
export const SIMAK_WORK = /^simak:(scan|observe|read|annotate|place)$/;

const COLUMNS = 125;
const CELL_PX = 8;

const TIMER_PROBE = `<script>
window.__lag = { max: 0, ticks: 0 };
let last = performance.now();
setInterval(() => {
  const now = performance.now();
  if (window.__built !== undefined && last >= window.__built) {
    window.__lag.max = Math.max(window.__lag.max, now - last - 20);
    window.__lag.ticks++;
  }
  last = now;
}, 20);
</script>`;

export interface ScreenFeedResult {
  session: Session;
  page: Page;
  badged: number;
  /** Milliseconds from the page being opened to the last badge (polled every 250 ms). */
  allBadgedMs: number;
  measures: Measure[];
  /** Long tasks that started after the page built its posts: { start, duration }. */
  longTasks: { start: number; duration: number }[];
  /** How late the page's 20 ms timer fired at worst, in ms. */
  timerLagMs: number;
  /** With `cpu`: each Simak task's wall and CPU time, from a trace. */
  tasks?: TaskCpu[];
}

/** `cpu`: trace the page to tell each Simak task's CPU time from its wall time (slows the page a little). */
export async function screenFeed(
  total: number,
  { cpu = false, timeoutMs = 180_000 }: { cpu?: boolean; timeoutMs?: number } = {},
): Promise<ScreenFeedResult> {
  const rows = Math.ceil(total / COLUMNS);
  const markup = {
    ...X_MARKUP,
    style: `#tl{display:grid;grid-template-columns:repeat(${COLUMNS},${CELL_PX}px);grid-auto-rows:${CELL_PX}px}
[data-testid=cellInnerDiv]{overflow:hidden;font-size:2px;line-height:2px}`,
    body: X_MARKUP.body + TIMER_PROBE,
  };
  if (rows * CELL_PX > 760) throw new Error(`${total} posts do not fit on one screen in this grid`);
  const session = await launch(profileBuild());
  let trace: Awaited<ReturnType<typeof traceTasks>> | undefined;
  const page = await openHtml(session, 'https://x.com/home', feedPage(markup, total, total, true, total), async (p) => {
    if (cpu) trace = await traceTasks(p, SIMAK_WORK);
  });
  // A page in a background tab has its timers throttled: the probe would measure that instead.
  await page.bringToFront();
  const started = Date.now();
  let badged = 0;
  while (Date.now() - started < timeoutMs) {
    badged = await page.evaluate(() => document.querySelectorAll('[data-simak-badge]').length);
    if (badged >= total) break;
    await page.waitForTimeout(250);
  }
  // Let the last answers and badges settle, then read what the page recorded.
  await page.waitForTimeout(1000);
  const out = await page.evaluate(() => {
    const w = window as unknown as {
      __simak: Measure[];
      __longtasks: { start: number; duration: number }[];
      __lag: { max: number };
      __built: number;
    };
    return {
      measures: w.__simak,
      longTasks: w.__longtasks.filter((t) => t.start >= w.__built),
      timerLagMs: w.__lag.max,
    };
  });
  const tasks = await trace?.stop();
  return {
    tasks,
    session,
    page,
    badged,
    allBadgedMs: Date.now() - started,
    measures: out.measures,
    longTasks: out.longTasks,
    timerLagMs: out.timerLagMs,
  };
}
