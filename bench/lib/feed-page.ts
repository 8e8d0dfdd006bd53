// A feed page for benches: posts of a site's structure with our own Indonesian text, appended
// `step` at a time as the user nears the bottom (infinite scroll), with posts far above the
// viewport unmounted as the sites' virtualised timelines do. Each site gives its markup: the
// page around the feed and a `cell(i)` function (page-side JavaScript) building post i.
export const SAMPLES = [
  'Tolong min, kartu BPJS saya ditolak di RS padahal iuran lancar 😡',
  'Antri dari subuh di faskes, obat kosong, disuruh beli sendiri. Gimana ini @BPJSKesehatanRI',
  'Alhamdulillah operasi ibu ditanggung penuh JKN, terima kasih BPJS 🙏',
  'Aplikasi Mobile JKN error terus pas mau ganti faskes, udah 3 hari gak bisa login',
  'Macet parah di tol pagi ini, telat lagi deh ke kantor',
  'Pelayanan di puskesmas cepat dan ramah, mantap!',
  'Pasien cuci darah disuruh pulang karena kuota penuh, tolong segera ditangani!!',
  'Nonton bola semalam seru banget, gol di menit akhir',
];

export interface FeedMarkup {
  /** Extra CSS, e.g. a minimum post height. */
  style: string;
  /** The page body around the feed; the feed element has id="tl". */
  body: string;
  /** Page-side JavaScript: `function cell(i) { … return element; }`. */
  cell: string;
}

/**
 * `keepMeasures`: keep every simak:* entry (short benches); else only running totals (soak).
 * `maxMounted`: posts kept in the DOM before the oldest are unmounted (as the sites do).
 */
export function feedPage(
  markup: FeedMarkup,
  total: number,
  step: number,
  keepMeasures = true,
  maxMounted = 120,
): string {
  return `<!doctype html><html lang="id"><head><meta charset="utf-8">
<style>body{margin:0;font:15px system-ui} ${markup.style}</style>
</head><body>${markup.body}
<script>
const SAMPLES = ${JSON.stringify(SAMPLES)};
const TOTAL = ${total}, STEP = ${step}, MAX_MOUNTED = ${maxMounted};
let next = 0;
const tl = document.getElementById('tl');
${markup.cell}
function more() {
  const end = Math.min(TOTAL, next + STEP);
  for (; next < end; next++) tl.append(cell(next));
  // Unmount cells far above the viewport, keeping their height, as X's timeline does.
  while (tl.children.length > MAX_MOUNTED) {
    const first = tl.firstElementChild;
    tl.style.paddingTop = (parseFloat(tl.style.paddingTop || '0') + first.getBoundingClientRect().height) + 'px';
    first.remove();
  }
}
more();
// When the page had built its first posts: long tasks and timer delays after this are not its own.
window.__built = performance.now();
addEventListener('scroll', () => {
  if (innerHeight + scrollY > document.documentElement.scrollHeight - 1500) more();
}, { passive: true });
window.__feed = { loaded: () => next, total: TOTAL };
window.__simak = [];
window.__simakTotals = { read: 0, longWork: 0 };
const KEEP = ${keepMeasures};
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) {
    if (e.name === 'simak:read') window.__simakTotals.read += e.detail?.posts ?? 0;
    // Work Simak does in one task (not latencies such as simak:badge, which include waiting).
    if (/^simak:(scan|observe|read|annotate|place)$/.test(e.name) && e.duration > 50) window.__simakTotals.longWork++;
    if (KEEP) window.__simak.push({ name: e.name, start: e.startTime, duration: e.duration, detail: e.detail ?? null });
  }
}).observe({ type: 'measure', buffered: true });
window.__longtasks = [];
new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longtasks.push({ start: e.startTime, duration: e.duration }); }).observe({ type: 'longtask', buffered: true });
</script></body></html>`;
}
export interface Measure {
  name: string;
  /** performance.now() time the measured work started. */
  start?: number;
  duration: number;
  detail: Record<string, number> | null;
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}
