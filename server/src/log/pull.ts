// Pulls: the office's changes after a cursor (a change number), in server order, a page at a
// time, with the current state of every complaint the page touches. A client that applies the
// page and keeps `cursor` has every change once; `more` says another page is waiting.
import type { Queryable } from '../db/db';

export interface ChangeView {
  seq: number;
  postKey: string;
  field: string;
  from: unknown;
  to: unknown;
  by: string;
  at: number;
  key: string;
}

export interface ComplaintView {
  postKey: string;
  site: string;
  post: unknown;
  analysis: unknown;
  status: string;
  priority: string;
  category: string;
  notes: string[];
  tags: string[];
  assignee: string | null;
  deleted: boolean;
  createdBy: string;
  loggers: { username: string; at: number }[];
  createdAt: number;
  day: string;
  updatedAt: number;
  lastSeq: number;
}

export interface PullPage {
  changes: ChangeView[];
  complaints: ComplaintView[];
  cursor: number;
  more: boolean;
}

export const PAGE_DEFAULT = 200;
export const PAGE_MAX = 1000;

/**
 * A page as JSON text, ready to send: `simak_pull` (migration 002) builds it in the database in
 * one call, so the posts and analyses go out as PostgreSQL wrote them, never parsed and
 * re-serialised here.
 */
export async function pullText(q: Queryable, officeId: number, since: number, limit = PAGE_DEFAULT): Promise<string> {
  const [row] = await q.query<{ page: string }>('select simak_pull($1, $2, $3) as page', [officeId, since, limit]);
  if (!row) throw new Error('no page');
  return row.page;
}

export async function pull(q: Queryable, officeId: number, since: number, limit = PAGE_DEFAULT): Promise<PullPage> {
  return JSON.parse(await pullText(q, officeId, since, limit)) as PullPage;
}

/** One complaint with its whole history, oldest change first. */
export async function complaintWithHistory(
  q: Queryable,
  officeId: number,
  postKey: string,
): Promise<(ComplaintView & { history: ChangeView[] }) | undefined> {
  const [row] = await q.query<{ view: string }>(
    'select doc::text as view from complaint_json where office_id = $1 and post_key = $2',
    [officeId, postKey],
  );
  if (!row) return undefined;
  const view = JSON.parse(row.view) as ComplaintView;
  const history = await q.query<ChangeView>(
    `select ch.seq, $2::text as "postKey", ch.field, ch.from_value as "from", ch.to_value as "to", u.username as by, ch.at,
            ch.change_key as key
       from changes ch join complaints c on c.id = ch.complaint_id join users u on u.id = ch.user_id
      where c.office_id = $1 and c.post_key = $2 order by ch.seq`,
    [officeId, postKey],
  );
  return { ...view, history };
}
