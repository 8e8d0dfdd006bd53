// Timing marks for benches and DevTools, in the profiling build only (`vite build --mode
// profile`, which the benches make): each step of Simak's work then shows up as a `simak:*`
// entry on the page's performance timeline. The page shares that timeline, so a page could
// read the marks and spot Simak: the shipped build has none, not even a switch to turn them on
// (the flag is a constant there, and the bundler drops the code behind it).

/** Set by vite's `define` (vite.config.ts): true only in the profiling build. */
declare const __SIMAK_PROFILE__: boolean | undefined;

/** Records a `simak:<name>` measure from `start` (performance.now() time) to now. */
export function measure(name: string, start: number, detail?: Record<string, number>): void {
  // Written out here (not behind a helper) so the bundler sees a constant and drops the rest.
  if (typeof __SIMAK_PROFILE__ === 'undefined' || !__SIMAK_PROFILE__) return;
  performance.measure(`simak:${name}`, { start, end: performance.now(), detail });
  // Observers still receive the entry; the timeline buffer must not grow all day.
  performance.clearMeasures(`simak:${name}`);
}
