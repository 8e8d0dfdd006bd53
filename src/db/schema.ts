// The Dexie schema, one entry per version. Never edit a shipped version: add the next one
// with its upgrade function, and keep a fixture database of every version (tests/fixtures/db,
// written by `npm run db:fixture`; src/db/fixtures.test.ts opens each with the current code).
import type { Analysis, Post, Site } from '../core/types';
import type { ComplaintStatus, Priority } from './complaint-fields';

export type { ComplaintStatus, Priority } from './complaint-fields';

/** Fields every synced record carries, so a team server can replicate later. */
export interface SyncFields {
  updatedAt: number;
  /** Soft delete: 1 when deleted (a number, because IndexedDB cannot index booleans). */
  deleted: 0 | 1;
  deviceId: string;
}

/** A post that matched a watch query or looked like a complaint, kept in detail. */
export interface SeenPost extends SyncFields {
  key: string;
  site: Post['site'];
  post: Post;
  analysis: Analysis;
  seenAt: number;
  day: string;
}

export interface HistoryEntry {
  at: number;
  field: 'status' | 'priority' | 'category' | 'note' | 'created';
  from?: string;
  to?: string;
}

export interface Complaint extends SyncFields {
  /** ULID: stable, sortable by creation time. */
  id: string;
  postKey: string;
  site: Post['site'];
  post: Post;
  analysis: Analysis;
  status: ComplaintStatus;
  priority: Priority;
  category: string;
  notes: string[];
  tags: string[];
  createdAt: number;
  day: string;
  history: HistoryEntry[];
  /** Only on a complaint shared with an office's team server (src/team/): who logged and handles it. */
  team?: ComplaintTeam;
}

/** One change of a shared complaint as the team server recorded it: who, what, in server order. */
export interface TeamHistoryEntry {
  /** The server's change number: the order every member sees. */
  seq: number;
  field: string;
  from?: unknown;
  to?: unknown;
  /** The staff member's username. */
  by: string;
  at: number;
}

/** What the team server says of a shared complaint beyond the fields every complaint has. */
export interface ComplaintTeam {
  /** Staff who logged this post, first first: the same post logged twice is one complaint. */
  loggers: string[];
  /** Who handles it (claimed or assigned); null while nobody does. */
  assignee: string | null;
  /** The server's number of the latest change applied here. */
  lastSeq: number;
  /** The server's changes, oldest first (both of two conflicting edits are here). */
  history: TeamHistoryEntry[];
}

/** What a day's counts hold, for one watch query and site or summed over several. */
export interface DailyCounts {
  postsSeen: number;
  negative: number;
  neutral: number;
  positive: number;
  complaints: number;
  engagement: number;
}

/** day × watch query × site. `query` is '*' for all posts. */
export interface DailyStat extends SyncFields, DailyCounts {
  id: string;
  day: string;
  query: string;
  site: Post['site'];
}

export interface SettingRow {
  key: string;
  value: unknown;
  updatedAt: number;
}

/**
 * A post counted in today's `dailyStats`: `${day}|${postKey}`, no post content. Only today's
 * rows are kept (earlier days are deleted as the next posts are counted), so a post shown again
 * after the worker restarted (page reload, back navigation) is not counted twice in one day.
 */
export interface Sighting {
  id: string;
  day: string;
}

/**
 * One complaint as the log's search index keeps it (complaint-filter.ts builds and matches it):
 * enough to filter and sort, nothing more.
 */
export interface SearchEntry {
  id: string;
  day: string;
  status: ComplaintStatus;
  category: string;
  site: Site;
  priority: Priority;
  queries: string[];
  /** Folded text of everything searchable. */
  hay: string;
  /** A shared complaint's handler (null: nobody yet); absent on a complaint not shared. */
  assignee?: string | null;
}

/**
 * A row of the saved search index (complaint-index.ts; index-parts.ts gives the layout): the
 * base's description, a part of the base, or the changes of one write since; or the same of the
 * log's CSV copy (csv-copy.ts, under string keys). Caches, rebuilt at will.
 */
export type SearchChunk = import('./index-parts').IndexRow | import('./csv-copy').CsvRow;

export const DB_NAME = 'simak';

/** Version 1 stores. Indexes are what the popup filters and retention need. */
export const SCHEMA_V1 = {
  posts: 'key, day, seenAt, site, updatedAt, deleted',
  complaints: 'id, &postKey, status, site, category, day, createdAt, updatedAt, deleted, [deleted+createdAt]',
  dailyStats: 'id, day, [day+query], query, site, updatedAt',
  settings: 'key',
} as const;

/**
 * Version 2 adds `searchChunks`: the complaint log's search index, saved in slices of 1,000
 * entries. Reading 100,000 full complaints takes seconds in Chromium; reading these 100 slices
 * takes about a tenth of a second. Nothing to migrate: the index is rebuilt when missing.
 */
export const SCHEMA_V2 = { ...SCHEMA_V1, searchChunks: 'chunk' } as const;

/**
 * Version 3 adds `sightings`: which posts are already counted today. Until then that was known
 * only in the worker's memory, lost when Chromium stopped the idle worker. Nothing to migrate.
 */
export const SCHEMA_V3 = { ...SCHEMA_V2, sightings: 'id, day' } as const;

/**
 * One local change waiting for the team server (src/team/outbox.ts), in the order made. `key`
 * is the change's idempotency key, sent again on every retry, so a push repeated after a lost
 * answer or a stopped worker changes nothing twice. Written only while signed in to a team.
 */
export interface OutboxRow {
  seq?: number;
  key: string;
  postKey: string;
  /** The change as the server takes it (src/team/change.ts). */
  change: { op: string; key: string; at?: number };
  queuedAt: number;
}

/**
 * Version 4 adds `outbox`: the local changes waiting for an office's team server. Nothing to
 * migrate: a user without a team never writes to it.
 */
export const SCHEMA_V4 = { ...SCHEMA_V3, outbox: '++seq, &key, postKey' } as const;

/**
 * Version 5 keeps only the indexes something reads: a complaint by its post (`&postKey`, also
 * the one-complaint-per-post rule) and by day (retention, the office's view), seen posts by day
 * (retention, the dashboard), the day's counts by day and by day and query. Version 1 had
 * indexed every field the popup might one day filter on (status, site, category, times,
 * deleted), but the popup filters in the worker's search index, never in IndexedDB, and each
 * index costs every write: in a Chromium trace of a team pull, half the browser's work per
 * complaint put was index upkeep. Nothing to migrate: IndexedDB drops the indexes, rows stay.
 */
export const SCHEMA_V5 = {
  ...SCHEMA_V4,
  posts: 'key, day',
  complaints: 'id, &postKey, day',
  dailyStats: 'id, day, [day+query]',
} as const;

/** Every schema version's stores, oldest first: what a fixture of each version is loaded into. */
export const SCHEMA_VERSIONS: readonly { version: number; stores: Record<string, string> }[] = [
  { version: 1, stores: SCHEMA_V1 },
  { version: 2, stores: SCHEMA_V2 },
  { version: 3, stores: SCHEMA_V3 },
  { version: 4, stores: SCHEMA_V4 },
  { version: 5, stores: SCHEMA_V5 },
];
