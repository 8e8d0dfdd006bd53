// Times a stored record may carry. A record that came in from a file (or from an older build)
// can hold any number; a Date made from it may be invalid, and `toISOString()` then throws,
// which once took a whole CSV export and the popup's list down with one record.

/** No Simak record, nor any post it reads, is older than this. */
export const EARLIEST_TIME = Date.UTC(2000, 0, 1);
/** Clocks differ between the machines that share a log: a day ahead is still believed. */
export const CLOCK_SLACK_MS = 24 * 60 * 60 * 1000;

/** True for a time (ms since 1970) from 2000 up to a day after `now`. */
export function isSaneTime(ms: number, now = Date.now()): boolean {
  return Number.isFinite(ms) && ms >= EARLIEST_TIME && ms <= now + CLOCK_SLACK_MS;
}

/** The ISO 8601 form of a time, or undefined when no valid Date can hold it. */
export function isoOrUndefined(ms: number | undefined): string | undefined {
  if (ms === undefined) return undefined;
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}
