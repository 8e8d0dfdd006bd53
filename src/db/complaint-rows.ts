// What the popup's list shows of a complaint: a row cut from the full record, which is fetched
// only when the complaint is opened.
import type { SimakDb } from './db';
import type { Complaint } from './schema';

const ROW_TEXT = 280;

/** What the list shows for one complaint; the full record is fetched when it is opened. */
export interface ComplaintRow {
  id: string;
  createdAt: number;
  site: Complaint['site'];
  status: Complaint['status'];
  priority: Complaint['priority'];
  category: string;
  author: string;
  /** Post text, cut for the list row. Untrusted: rendered as text only. */
  text: string;
  url?: string;
  /** A shared complaint's handler (null: nobody yet) and loggers; absent when not shared. */
  assignee?: string | null;
  loggers?: string[];
}

export interface ComplaintPage {
  /** Matching complaints; a lower bound while `exact` is false (index still loading). */
  total: number;
  exact: boolean;
  rows: ComplaintRow[];
}

export function toRow(c: Complaint): ComplaintRow {
  return {
    id: c.id,
    createdAt: c.createdAt,
    site: c.site,
    status: c.status,
    priority: c.priority,
    category: c.category,
    author: c.post.author.handle ?? c.post.author.name ?? '',
    text: c.post.text.length > ROW_TEXT ? `${c.post.text.slice(0, ROW_TEXT)}…` : c.post.text,
    ...(c.post.url ? { url: c.post.url } : {}),
    ...(c.team ? { assignee: c.team.assignee, loggers: c.team.loggers } : {}),
  };
}

/** The newest complaints of the log read straight from IndexedDB (a page, newest first), for when the index is not in memory yet. */
export function newestComplaints(db: SimakDb, offset: number, limit: number): Promise<Complaint[]> {
  return db.complaints
    .orderBy(':id')
    .reverse()
    .filter((c) => c.deleted === 0)
    .offset(offset)
    .limit(limit)
    .toArray();
}
