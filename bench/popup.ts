// npm run bench:popup: 100,000 complaints in the log, written as a team sync's pull writes them
// (from another extension page, in steps that each patch the search index in their own
// transaction: bench/lib/log-writer.ts). Prints each figure against
// its target (✔/✘): the popup's first rows painted after opening, the first search, search and
// filter times, the same after the worker was stopped, search while 5,000 changes arrive with
// the popup open (and that the list shows them), and the CSV export time. The changes arrive
// twice: written by another extension page in batches of 250 (the bench's own writer, run
// first), and, last, pushed by a colleague to a real team server and pulled by the worker (the
// path a user's popup sees: bench/lib/team-arrivals.ts). Targets (issue 19):
// first rows ≤ 300 ms, search or filter ≤ 150 ms, CSV export ≤ 5 s. Figures only; nothing
// asserts. After the export, the same records are read once more with nothing made of them:
// the part of the export no CSV code can save. POPUP_COMPLAINTS sets the log's size,
// SIMAK_DIST another build to measure.
// POPUP_TRACE=file.json records a Chromium trace of the searches while another extension page
// writes (every renderer thread: what the popup's main thread did between a reply and its
// drawing), writes it to that file for chrome://tracing or Perfetto, and stops there.
// POPUP_TEAM_TRACE=file.json records the same of the team pull's searches, and goes on to print the figures.

import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import type { CDPSession, Page } from 'playwright-core';
import { build, type Rolldown } from 'vite';
import { DIST, openExtensionPage, sendFromExtensionPage } from '../scripts/lib/browser';
import { loopbackBuild, signInFromOptions, staffBrowser } from '../scripts/lib/team-browsers';
import { TeamServer } from '../scripts/lib/team-server';
import { chromiumCpu, cpuSpent, machineLoad } from './lib/process-cpu';
import { colleaguePushes, waitSynced } from './lib/team-arrivals';

const TOTAL = Number(process.env.POPUP_COMPLAINTS ?? 100_000);
const PULLED = 5_000;
const POPUP = 'src/ui/popup/index.html';
const FIRST_ROWS_MS = 300;
const SEARCH_MS = 150;
const EXPORT_MS = 5_000;

/** The log writer (bench/lib/log-writer.ts) as one script to evaluate in an extension page. */
async function bundleWriter(): Promise<string> {
  const out = (await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: false,
      lib: {
        entry: new URL('./lib/log-writer.ts', import.meta.url).pathname,
        formats: ['iife'],
        name: 'simakBenchWriter',
      },
    },
  })) as Rolldown.RolldownOutput | Rolldown.RolldownOutput[];
  const chunk = (Array.isArray(out) ? out[0] : out)?.output.find((o) => o.type === 'chunk');
  if (!chunk) throw new Error('the log writer did not bundle');
  return chunk.code;
}
const writer = await bundleWriter();
type Bench = {
  simakBench: {
    seed(total: number, batch: number): Promise<void>;
    prepare(): Promise<unknown>;
    pull(count: number, batch: number, pauseMs: number): Promise<{ fresh: number; batchMs: number[] }>;
  };
};

/** "median M ms, p95 P ms, worst W ms (search k), n over target" of `values`, in the order they were taken. */
function spread(values: number[], target: number): string {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
  const worst = Math.max(...values);
  const over = values.filter((v) => !(v <= target)).length;
  return `median ${ms(at(0.5))}, p95 ${ms(at(0.95))}, worst ${ms(worst)} (search ${values.indexOf(worst) + 1}), ${over} over ${target} ms`;
}
const mark = (ok: boolean) => (ok ? '✔' : '✘');
const ms = (n: number) => `${Number.isFinite(n) ? n.toFixed(0) : '—'} ms`;
/** "figure   target ≤ N ms ✔" for the worst of `values`. */
function against(values: number[], target: number): string {
  const worst = Math.max(...values.map((v) => (Number.isFinite(v) ? v : Number.POSITIVE_INFINITY)));
  return `target ≤ ${target.toLocaleString('en')} ms ${mark(worst <= target)}`;
}

/** Fills the log from inside an extension page, in batches of 10,000 through the bulk path. */
async function seed(page: Page, total: number): Promise<void> {
  await sendFromExtensionPage(page, { type: 'complaints/list', filter: {}, offset: 0, limit: 1 });
  await page.evaluate(writer);
  await page.evaluate((total) => (globalThis as unknown as Bench).simakBench.seed(total, 10_000), total);
}

/** ms from navigation start (to `url`, else the page's own again) until the first complaint row is in the DOM at a frame. */
async function firstRowsPainted(page: Page, url = page.url()): Promise<number> {
  await page.goto(url);
  const seen = await page.waitForFunction(
    () => (globalThis as unknown as { __firstRowAt?: number }).__firstRowAt,
    undefined,
    { timeout: 30_000 },
  );
  return (await seen.jsonValue()) as number;
}

/**
 * ms from an input event until the list shows the new result at the next frame: the total
 * changed, or (two searches can match as many complaints) the first row changed and holds the
 * longest word searched for. `rowsMs`: until the matching rows showed, the count perhaps not
 * yet (a restarted worker answers from the newest part of its index, the count follows).
 */
function timeInput(
  page: Page,
  selector: string,
  value: string,
): Promise<{ ms: number; rowsMs: number; total: string }> {
  return page.evaluate(
    ({ selector, value }) =>
      new Promise<{ ms: number; rowsMs: number; total: string }>((resolve) => {
        const totalEl = () => document.querySelector('[data-testid="log-total"]')?.textContent ?? '';
        const before = totalEl();
        // The longest word searched for: the rows of the search before rarely hold it.
        const word = selector === '#search' ? value.split(' ').reduce((a, b) => (b.length > a.length ? b : a), '') : '';
        const rowText = () => document.querySelector('[data-testid="complaint-row"]')?.textContent ?? '';
        const rowBefore = rowText();
        const rowsShow = () =>
          word !== '' && rowText() !== rowBefore && rowText().toLowerCase().includes(word.toLowerCase());
        const shows = () => rowsShow() && totalEl() !== '';
        let rowsMs = Number.NaN;
        const el = document.querySelector(selector) as HTMLInputElement | HTMLSelectElement;
        const t0 = performance.now();
        // Seen in a trace (POPUP_TRACE): where each search began and where it showed.
        performance.mark(`bench:search ${value}`);
        el.value = value;
        el.dispatchEvent(new Event(el instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
        const check = () => {
          const now = totalEl();
          const rows = document.querySelector('[data-testid="complaint-row"]');
          const ms = performance.now() - t0;
          if (Number.isNaN(rowsMs) && rowsShow()) rowsMs = ms;
          if ((now !== before && (rows || now === ' (0)')) || (now === before && shows())) {
            performance.measure(`bench:searched ${value}`, `bench:search ${value}`);
            resolve({ ms, rowsMs: Number.isNaN(rowsMs) ? ms : rowsMs, total: now.trim() });
          } else if (ms > 20_000) resolve({ ms: Number.NaN, rowsMs, total: 'no change seen' });
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      }),
    { selector, value },
  );
}

/** A trace of every process from now to `stop()`: the popup's renderer, the worker, the browser's IndexedDB. */
async function startTrace(page: Page): Promise<{ stop(): Promise<unknown[]> }> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const events: unknown[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown[])));
  await cdp.send('Tracing.start', {
    categories: [
      'toplevel',
      'v8',
      'v8.execute',
      'blink',
      'blink.user_timing',
      'devtools.timeline',
      'disabled-by-default-devtools.timeline',
      'ipc',
      'mojom',
      'IndexedDB',
      'scheduler',
      'renderer.scheduler',
      'extensions',
      'ServiceWorker',
      'disabled-by-default-v8.gc',
    ].join(','),
    transferMode: 'ReportEvents',
  });
  return {
    async stop() {
      const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
      await cdp.send('Tracing.end');
      await complete;
      return events;
    },
  };
}

// The build granted the loopback team server's origin, as the team tests load it; the team is
// joined only at the end, so every figure before is that of a device on its own.
const server = await TeamServer.start();
const granted = loopbackBuild(process.env.SIMAK_DIST ?? DIST);
const session = await staffBrowser(granted.dir, server);
// tsx keeps function names with an __name helper that the page does not have.
await session.context.addInitScript('globalThis.__name = (f) => f');
// The popup's first row is looked for at every frame from the document's start, in the page: a
// watch the bench set up after `goto` returned (after the load event, a round trip later) timed
// the bench on a busy machine more than the popup.
await session.context.addInitScript(`if (location.pathname.endsWith('/popup/index.html')) {
  const check = () => {
    if (document.querySelector('[data-testid="complaint-row"]')) globalThis.__firstRowAt = performance.now();
    else if (performance.now() < 30000) requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}`);
// Seeded from another extension page, closed once done: the popup measured is not the page
// that wrote 100,000 complaints (leaving that page alone took 50–150 ms of its first open).
const seeder = await openExtensionPage(session, 'src/ui/options/index.html');
await seeder.evaluate('globalThis.__name = (f) => f');
let t = Date.now();
await seed(seeder, TOTAL);
console.log(`seeded ${TOTAL} complaints in ${((Date.now() - t) / 1000).toFixed(1)} s`);
await seeder.close();
const popup = await session.context.newPage();
await popup.setViewportSize({ width: 440, height: 600 });

// The machine's load when each phase ended: the wall times below are read against it.
const loads: [string, number][] = [];
const noteLoad = (phase: string) => loads.push([phase, machineLoad()]);
// First open after the complaints arrived: their index was patched as they were written.
const cold = await firstRowsPainted(popup, `chrome-extension://${session.extensionId}/${POPUP}`);
const coldSearch = await timeInput(popup, '#search', 'rujukan');
const warm: number[] = [];
for (let i = 0; i < 3; i++) warm.push(await firstRowsPainted(popup));
noteLoad('opening');
await popup.waitForTimeout(3_000);
const searches: { label: string; ms: number }[] = [];
for (const [selector, value] of [
  ['#search', 'mobile jkn'],
  ['#search', 'kartu ditolak'],
  ['#search', 'no. 12345'],
  ['#search', 'tidak ada kata seperti ini'],
  ['#search', ''],
  ['#f-status', 'resolved'],
  ['#f-site', 'instagram'],
  ['#f-status', ''],
  ['#f-site', ''],
] as const) {
  const r = await timeInput(popup, selector, value);
  searches.push({
    label: `  ${selector} = ${JSON.stringify(value).padEnd(30)} ${ms(r.ms).padStart(8)}  → ${r.total}`,
    ms: r.ms,
  });
}

noteLoad('searches');
// 5,000 changes arrive (4,000 new complaints, 1,000 status changes) in batches of 250 written
// by another extension page, while the popup is open and searched.
const writerPage = await openExtensionPage(session, 'src/ui/options/index.html');
await writerPage.evaluate(writer);
await writerPage.evaluate(async () => {
  await (globalThis as unknown as Bench).simakBench.prepare();
});
await popup.bringToFront();
const pullCpu = chromiumCpu(granted.dir);
const pulling = writerPage.evaluate(
  (count) => (globalThis as unknown as Bench).simakBench.pull(count, 250, 100),
  PULLED,
);
const tracing = process.env.POPUP_TRACE ? await startTrace(popup) : undefined;
let pullDone = false;
void pulling.finally(() => {
  pullDone = true;
});
// Five searches in turn: more than the worker holds the matches of (src/db/match-cache.ts), so
// each is walked anew while the refreshes between them are not.
const ROTATION = ['antrean online', 'obat kronis', 'status nonaktif', 'mobile jkn', 'kartu ditolak'];
const duringPull: number[] = [];
for (let i = 0; !pullDone || i < 2; i++) {
  const r = await timeInput(popup, '#search', ROTATION[i % ROTATION.length] as string);
  duringPull.push(r.ms);
}
const { fresh: pulled, batchMs } = await pulling;
const pullSpent = cpuSpent(pullCpu, chromiumCpu(granted.dir));
noteLoad('pull');
if (tracing) {
  const events = await tracing.stop();
  writeFileSync(process.env.POPUP_TRACE as string, JSON.stringify({ traceEvents: events }));
  console.log(
    `trace of ${duringPull.length} searches (${duringPull.map((v) => v.toFixed(0)).join(' ')} ms) in ${process.env.POPUP_TRACE}`,
  );
  await session.close();
  granted.dispose();
  await server.close();
  process.exit(0);
}
const pullEnd = Date.now();
// The list, unfiltered, must show every complaint now in the log, the newest pulled one on top.
await timeInput(popup, '#search', '');
const shown = await popup
  .waitForFunction(
    ({ total, newest }) =>
      document.querySelector('[data-testid="log-total"]')?.textContent?.trim() === `(${total})` &&
      (document.querySelector('[data-testid="complaint-row"]')?.textContent ?? '').includes(newest),
    { total: TOTAL + pulled, newest: `pulled no. ${pulled - 1}` },
    { polling: 'raf', timeout: 10_000 },
  )
  .then(() => Date.now() - pullEnd)
  .catch(() => Number.NaN);
await writerPage.close();

// A stopped worker (MV3 stops it after 30 s idle): the index comes back from its saved slices.
const cdp = await session.context.newCDPSession(await session.context.newPage());
await cdp.send('ServiceWorker.enable');
// The CDP tab took the foreground; a background tab gets no animation frames to measure with.
await popup.bringToFront();
const afterStop: { painted: number; search: number; count: number; later: number }[] = [];
for (let i = 0; i < 3; i++) {
  await cdp.send('ServiceWorker.stopAllWorkers');
  await popup.waitForTimeout(500);
  const painted = await firstRowsPainted(popup);
  // A word the newest complaint lacks, so the rows tell the answer apart from the list before
  // it (the count may come later: a restarted worker answers from the newest part first).
  const search = await timeInput(popup, '#search', 'rujukan');
  // The same, but typing 1.5 s after opening, as a person would: the index loads meanwhile.
  await cdp.send('ServiceWorker.stopAllWorkers');
  await popup.waitForTimeout(500);
  await firstRowsPainted(popup);
  await popup.waitForTimeout(1_500);
  const later = await timeInput(popup, '#search', 'mobile jkn');
  afterStop.push({ painted, search: search.rowsMs, count: search.ms, later: later.ms });
}

noteLoad('worker stopped');
const options = await openExtensionPage(session, 'src/ui/options/index.html');
await options.locator('#language').waitFor();
// Long tasks (> 50 ms) on the options page while it exports: the page must stay responsive.
await options.evaluate(() => {
  const seen: number[] = [];
  (globalThis as unknown as { __longTasks: number[] }).__longTasks = seen;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) seen.push(e.duration);
  }).observe({ type: 'longtask' });
});
// What the log's CSV copy (src/db/csv-copy.ts) held when the export began: its base's parts
// and the change rows since (none on a build without the copy).
const copyState = await options.evaluate(
  () =>
    new Promise<string>((resolve, reject) => {
      const open = indexedDB.open('simak');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const db = open.result;
        const tx = db.transaction('searchChunks');
        const meta = tx.objectStore('searchChunks').get('csv:meta');
        const changes = tx.objectStore('searchChunks').count(IDBKeyRange.bound('csv:change:', 'csv:change:~'));
        tx.oncomplete = () => {
          db.close();
          const base = meta.result as { revision: number; parts: string[] } | undefined;
          resolve(
            base
              ? `base at revision ${base.revision} in ${base.parts.length} parts, ${changes.result} change rows since`
              : `none (${changes.result} change rows)`,
          );
        };
      };
    }),
);
const exportCpu = chromiumCpu(granted.dir);
t = Date.now();
const [download] = await Promise.all([
  options.waitForEvent('download', { timeout: 120_000 }),
  options
    .locator('button', { hasText: /CSV\)$/ })
    .first()
    .click(),
]);
const exportMs = Date.now() - t;
const exportSpent = cpuSpent(exportCpu, chromiumCpu(granted.dir));
noteLoad('export');
const size = (await import('node:fs')).statSync((await download.path()) ?? '').size;
const longTasks = await options.evaluate(() => (globalThis as unknown as { __longTasks: number[] }).__longTasks);
// What the export cannot go below while it reads every full record: the same reads (getAll by
// primary key, 5,000 at a time), nothing made of them. Taken after the export, so the export
// did not find the records in a cache this read warmed.
const readCpu = chromiumCpu(granted.dir);
t = Date.now();
const readCount = await options.evaluate(
  () =>
    new Promise<number>((resolve, reject) => {
      const open = indexedDB.open('simak');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const db = open.result;
        let n = 0;
        const next = (after?: string) => {
          const range = after === undefined ? undefined : IDBKeyRange.lowerBound(after, true);
          const q = db.transaction('complaints').objectStore('complaints').getAll(range, 5_000);
          q.onerror = () => reject(q.error);
          q.onsuccess = () => {
            const rows = q.result as { id: string }[];
            n += rows.length;
            if (rows.length < 5_000) {
              db.close();
              resolve(n);
            } else next(rows[rows.length - 1]?.id);
          };
        };
        next();
      };
    }),
);
const readMs = Date.now() - t;
const readSpent = cpuSpent(readCpu, chromiumCpu(granted.dir));

// One complaint written by the worker at a time (a status change from the popup: the same
// write as logging one, its search index row and its CSV copy row after it), 20 in turn.
const listed = (await sendFromExtensionPage(options, {
  type: 'complaints/list',
  filter: {},
  offset: 0,
  limit: 20,
})) as {
  value: { rows: { id: string }[] };
};
const oneWriteMs: number[] = [];
for (const [i, row] of listed.value.rows.entries()) {
  const t0 = Date.now();
  await sendFromExtensionPage(options, {
    type: 'complaint/update',
    id: row.id,
    change: { status: i % 2 ? 'resolved' : 'in-progress' },
  });
  oneWriteMs.push(Date.now() - t0);
}

// The office's changes, through the worker's pull: signed in as budi, the popup open (its live
// sync holds the stream open), ani logs and resolves complaints on the server.
const [ani, budi] = [await server.member('ani'), await server.member('budi')];
// Signing in counts the complaints not yet shared (to offer their upload): timed, and waited
// for longer than the tests wait, since it once read the whole log.
t = Date.now();
await (
  await signInFromOptions(session, server, budi, 120_000).catch(async (e: unknown) => {
    // A build that cannot sign in with this log (main before the index counted the unshared
    // complaints): the figures so far, then stop.
    console.log(
      `signing in failed (${e instanceof Error ? e.message.split('\n')[0] : e}); figures before the team phase:`,
    );
    console.log(`  searches while another page wrote: ${spread(duringPull, SEARCH_MS)}`);
    const sortedBatch = [...batchMs].sort((a, b) => a - b);
    console.log(`  each batch of 250 written: median ${ms(sortedBatch[sortedBatch.length >> 1] ?? Number.NaN)}`);
    console.log(
      `  CSV export: ${ms(exportMs)}, ${(size / 1048576).toFixed(1)} MB, CPU ${exportSpent}; copy: ${copyState}`,
    );
    console.log(
      `  page during the export: ${longTasks.length} long tasks, longest ${Math.max(0, ...longTasks).toFixed(0)} ms`,
    );
    console.log(`  records alone: ${ms(readMs)}, CPU ${readSpent}`);
    console.log(
      `  one complaint written by the worker: median ${ms([...oneWriteMs].sort((a, b) => a - b)[10] ?? Number.NaN)}, worst ${ms(Math.max(...oneWriteMs))}`,
    );
    await session.close();
    granted.dispose();
    await server.close();
    process.exit(0);
  })
).close();
const signInMs = Date.now() - t;
await options.close();
await popup.bringToFront();
await firstRowsPainted(popup);
await waitSynced(popup);
const teamTracing = process.env.POPUP_TEAM_TRACE ? await startTrace(popup) : undefined;
const arriving = colleaguePushes(server, ani, PULLED, 250, 100);
let pushedAt = 0;
void arriving.finally(() => {
  pushedAt = Date.now();
});
const duringTeam: number[] = [];
// "office no" finds exactly the complaints pulled so far: searched until every one is in.
let office = 0;
let allFoundAt = 0;
for (let i = 0; i < 3_000; i++) {
  const text = [...ROTATION.slice(0, 4), 'office no'][i % 5] as string;
  const r = await timeInput(popup, '#search', text);
  duringTeam.push(r.ms);
  if (text === 'office no') office = Number(r.total.replace(/\D/g, '')) || 0;
  if (pushedAt > 0 && office === (await arriving).fresh) {
    allFoundAt = Date.now();
    break;
  }
}
const team = await arriving;
noteLoad('team pull');
if (teamTracing) {
  writeFileSync(process.env.POPUP_TEAM_TRACE as string, JSON.stringify({ traceEvents: await teamTracing.stop() }));
}

const n = (v: number) => v.toLocaleString('en');
console.log(
  `\nbench:popup with ${n(TOTAL)} complaints (Chromium ${session.context.browser()?.version() ?? ''}, headless)`,
);
const opened = [cold, ...warm];
console.log(
  `first rows painted after opening: ${ms(cold)} (first open), ${warm.map(ms).join(' / ')} (reopened)   ${against(opened, FIRST_ROWS_MS)}`,
);
console.log(
  `first search right after that first open: ${ms(coldSearch.ms)} → ${coldSearch.total}   ${against([coldSearch.ms], SEARCH_MS)}`,
);
console.log(
  `search / filter with the index in memory (input → rows drawn)   ${against(
    searches.map((r) => r.ms),
    SEARCH_MS,
  )}`,
);
console.log(searches.map((r) => r.label).join('\n'));
console.log(
  `while ${n(PULLED)} changes were written by another extension page (${n(pulled)} new complaints, the rest status changes), ${duringPull.length} searches: ` +
    `${spread(duringPull, SEARCH_MS)}   ${against(duringPull, SEARCH_MS)}`,
);
console.log(`  CPU the browser spent meanwhile: ${pullSpent}`);
const sortedBatch = [...batchMs].sort((a, b) => a - b);
console.log(
  `  each batch of 250 written (in steps, each with its index patch): median ${ms(sortedBatch[sortedBatch.length >> 1] ?? Number.NaN)}, worst ${ms(Math.max(...batchMs))}`,
);
console.log(
  `  the list showed all ${n(TOTAL + pulled)} complaints, newest pulled one on top: ` +
    `${Number.isFinite(shown) ? `${ms(shown)} after the last batch ✔` : 'not within 10 s ✘'}`,
);
console.log('after the worker was stopped (index read back from saved slices):');
console.log(
  `  first rows ${afterStop.map((a) => ms(a.painted)).join(' / ')}   ${against(
    afterStop.map((a) => a.painted),
    FIRST_ROWS_MS,
  )}`,
);
console.log(
  `  first search at once: matching rows ${afterStop.map((a) => ms(a.search)).join(' / ')} (with their count ${afterStop.map((a) => ms(a.count)).join(' / ')})   ${against(
    afterStop.map((a) => a.search),
    SEARCH_MS,
  )}`,
);
console.log(
  `  first search 1.5 s after opening ${afterStop.map((a) => ms(a.later)).join(' / ')}   ${against(
    afterStop.map((a) => a.later),
    SEARCH_MS,
  )}`,
);
console.log(
  `CSV export of ${n(TOTAL + pulled)} complaints: ${ms(exportMs)}, ${(size / 1048576).toFixed(1)} MB   ${against([exportMs], EXPORT_MS)}`,
);
console.log(`  CPU the browser spent on it: ${exportSpent}`);
console.log(`  the log's CSV copy when it began: ${copyState}`);
console.log(
  `  reading the ${n(readCount)} records alone (getAll by 5,000, nothing made of them): ${ms(readMs)}, CPU ${readSpent}`,
);
console.log(
  `  page during the export: ${longTasks.length} long tasks (> 50 ms), longest ${Math.max(0, ...longTasks).toFixed(0)} ms`,
);
console.log(
  `one complaint written by the worker (status change, 20 in turn): median ${ms([...oneWriteMs].sort((a, b) => a - b)[10] ?? Number.NaN)}, worst ${ms(Math.max(...oneWriteMs))}`,
);
console.log(`signing in to the team with ${n(TOTAL + pulled)} complaints on this device: ${ms(signInMs)}`);
console.log(
  `while ${n(team.fresh + team.changed)} changes arrived from the team server through the worker's pull (${n(team.fresh)} new complaints, ${n(team.changed)} status changes; pushed in ${(team.pushedMs / 1000).toFixed(1)} s), ${duringTeam.length} searches: ` +
    `${spread(duringTeam, SEARCH_MS)}   ${against(duringTeam, SEARCH_MS)}`,
);
console.log(
  `  every pulled complaint found by a search: ${allFoundAt > 0 ? `${ms(allFoundAt - pushedAt)} after the last push ✔` : `only ${n(office)} of ${n(team.fresh)} ✘`}`,
);
console.log(
  `machine load (1-minute average, ${cpus().length} cores) as each phase ended: ${loads.map(([phase, l]) => `${phase} ${l.toFixed(1)}`).join(', ')}`,
);
await session.close();
granted.dispose();
await server.close();
