// How much of each Simak task was spent on the CPU. On a shared machine a task's wall time
// includes the time its thread waited for a core: a 3 ms slice of drawing was measured at
// 177 ms while the load average was 14 on 2 cores. A Chromium trace records, for each call
// into script, both its wall time and its thread time; the thread time of the call that holds
// a `simak:*` measure is what Simak's own work cost, whatever else the machine was doing.
import type { CDPSession, Page } from 'playwright-core';

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  tid: number;
  id?: string;
  id2?: { local?: string };
}

/**
 * Trace events of one call into script (a callback, a task's function). Not the task around
 * it: a frame's task also holds the browser's own layout and paint, which are not Simak's.
 */
const SCRIPT_CALL = /^(v8\.callFunction|FunctionCall|v8\.run)$/;

export interface TaskCpu {
  name: string;
  wallMs: number;
  /** Thread time of the script call holding the measure (an upper bound on the measure's own). */
  cpuMs: number;
}

/** Starts a trace of `page` (before it loads); `stop()` returns each measured task's times. */
export async function traceTasks(page: Page, names: RegExp): Promise<{ stop(): Promise<TaskCpu[]> }> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => {
    // Keep only what is matched below: a long run traces millions of events.
    for (const ev of e.value as unknown as TraceEvent[]) {
      if ((ev.ph === 'X' && ev.tdur !== undefined && SCRIPT_CALL.test(ev.name)) || names.test(ev.name)) {
        events.push(ev);
      }
    }
  });
  await cdp.send('Tracing.start', { categories: 'toplevel,v8,blink.user_timing', transferMode: 'ReportEvents' });
  return {
    async stop() {
      const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
      await cdp.send('Tracing.end');
      await complete;
      return tasksOf(events);
    },
  };
}

function tasksOf(events: TraceEvent[]): TaskCpu[] {
  const begun = new Map<string, TraceEvent>();
  const calls = events.filter((e) => e.ph === 'X').sort((a, b) => a.ts - b.ts);
  const out: TaskCpu[] = [];
  for (const e of events) {
    if (e.ph !== 'b' && e.ph !== 'e') continue;
    const key = `${e.name}/${e.id2?.local ?? e.id}`;
    const start = begun.get(key);
    if (e.ph === 'b') {
      begun.set(key, e);
      continue;
    }
    if (!start) continue;
    begun.delete(key);
    const holder = innermostHolder(calls, start.tid, start.ts, e.ts);
    if (holder) out.push({ name: e.name, wallMs: (e.ts - start.ts) / 1000, cpuMs: (holder.tdur ?? 0) / 1000 });
  }
  return out;
}

/** The shortest call on thread `tid` that holds [from, to]: it began just before `from`. */
function innermostHolder(calls: TraceEvent[], tid: number, from: number, to: number): TraceEvent | undefined {
  let lo = 0;
  let hi = calls.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((calls[mid]?.ts ?? 0) <= from) lo = mid + 1;
    else hi = mid;
  }
  let best: TraceEvent | undefined;
  // Calls holding the measure began shortly before it; a few hundred back is far enough.
  for (let i = lo - 1; i >= 0 && i >= lo - 500; i--) {
    const c = calls[i] as TraceEvent;
    if (c.tid !== tid || c.ts + (c.dur ?? 0) < to) continue;
    if (!best || (c.dur ?? 0) < (best.dur ?? 0)) best = c;
  }
  return best;
}
