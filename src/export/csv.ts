// CSV that opens correctly in Excel, LibreOffice and Google Sheets: UTF-8 with a byte order
// mark (Excel guesses the encoding otherwise), CRLF line ends, every text cell quoted, ISO
// dates. Post text is written by strangers, so a text cell that a spreadsheet would run as a
// formula (= + - @, tab, CR) gets a leading apostrophe: shown as text, never evaluated.
import type { Complaint, DailyStat } from '../db/schema';

export const BOM = '\uFEFF';
export type Delimiter = ',' | ';';
type Cell = string | number | boolean | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

export function neutralise(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** One cell: numbers as they are, text neutralised and quoted. */
export function csvCell(value: Cell): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return `"${neutralise(value).replace(/"/g, '""')}"`;
}

export function csvLine(cells: Cell[], delimiter: Delimiter = ','): string {
  return `${cells.map(csvCell).join(delimiter)}\r\n`;
}

const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString());

/** Columns of the complaint export, in order; one row per complaint. */
export const COMPLAINT_COLUMNS: [string, (c: Complaint) => Cell][] = [
  ['id', (c) => c.id],
  ['created_at', (c) => iso(c.createdAt)],
  ['updated_at', (c) => iso(c.updatedAt)],
  ['site', (c) => c.site],
  ['status', (c) => c.status],
  ['priority', (c) => c.priority],
  ['category', (c) => c.category],
  ['urgent', (c) => c.analysis.complaint.urgent],
  ['complaint_probability', (c) => c.analysis.complaint.probability],
  // What the post does (complaint, inquiry, news…); empty for complaints logged before kinds.
  ['kind', (c) => c.analysis.kind?.label],
  ['sentiment', (c) => c.analysis.sentiment.label],
  ['sentiment_score', (c) => c.analysis.sentiment.score],
  ['author_name', (c) => c.post.author.name],
  ['author_handle', (c) => c.post.author.handle],
  ['post_url', (c) => c.post.url],
  ['posted_at', (c) => c.post.postedAt],
  ['post_text', (c) => c.post.text],
  ['likes', (c) => c.post.counts.likes],
  ['replies', (c) => c.post.counts.replies],
  ['reposts', (c) => c.post.counts.reposts],
  ['comments', (c) => c.post.counts.comments],
  ['shares', (c) => c.post.counts.shares],
  ['views', (c) => c.post.counts.views],
  ['watch_queries', (c) => c.analysis.matches.map((m) => m.queryId).join(', ')],
  // Notes one per line inside the cell: spreadsheets show a quoted line break as a new line.
  ['notes', (c) => c.notes.join('\n')],
  ['tags', (c) => c.tags.join(', ')],
];

export function complaintsCsvHeader(delimiter: Delimiter = ','): string {
  return (
    BOM +
    csvLine(
      COMPLAINT_COLUMNS.map(([name]) => name),
      delimiter,
    )
  );
}

export function complaintCsvLine(c: Complaint, delimiter: Delimiter = ','): string {
  return csvLine(
    COMPLAINT_COLUMNS.map(([, get]) => get(c)),
    delimiter,
  );
}

export const DAILY_COLUMNS = [
  'day',
  'query',
  'site',
  'posts_seen',
  'negative',
  'neutral',
  'positive',
  'complaints',
  'engagement',
] as const;

/** The daily report: one row per day × watch query × site (query `*` = all posts). */
export function dailyStatsCsv(rows: DailyStat[], delimiter: Delimiter = ','): string {
  const sorted = rows
    .filter((r) => r.deleted === 0)
    .sort((a, b) => a.day.localeCompare(b.day) || a.query.localeCompare(b.query) || a.site.localeCompare(b.site));
  let out = BOM + csvLine([...DAILY_COLUMNS], delimiter);
  for (const r of sorted) {
    out += csvLine(
      [r.day, r.query, r.site, r.postsSeen, r.negative, r.neutral, r.positive, r.complaints, r.engagement],
      delimiter,
    );
  }
  return out;
}
