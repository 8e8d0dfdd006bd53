/** The local calendar day of a timestamp as YYYY-MM-DD: staff count their day, not UTC's. */
export function localDay(at: number | Date = Date.now()): string {
  const d = typeof at === 'number' ? new Date(at) : at;
  const m = String(d.getMonth() + 1).padStart(2, '0');
  const day = String(d.getDate()).padStart(2, '0');
  return `${d.getFullYear()}-${m}-${day}`;
}
