// Opt-in timing marks for benches and DevTools. Off unless the page's root element carries
// `data-simak-profile` (the bench pages do); then each step of Simak's work shows up as a
// `simak:*` entry on the page's performance timeline. Costs one attribute check when off.
let enabled: boolean | undefined;

export function profiling(): boolean {
  enabled ??= document.documentElement.hasAttribute('data-simak-profile');
  return enabled;
}

/** Records a `simak:<name>` measure from `start` (performance.now() time) to now. */
export function measure(name: string, start: number, detail?: Record<string, number>): void {
  if (!profiling()) return;
  performance.measure(`simak:${name}`, { start, end: performance.now(), detail });
  // Observers still receive the entry; the timeline buffer must not grow all day.
  performance.clearMeasures(`simak:${name}`);
}
