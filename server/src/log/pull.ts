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

/** A complaint as JSON (a ComplaintView), over COMPLAINTS. */
const COMPLAINT = `json_build_object('postKey', c.post_key, 'site', c.site, 'post', c.post, 'analysis', c.analysis,
    'status', c.status, 'priority', c.priority, 'category', c.category, 'notes', c.notes, 'tags', c.tags,
    'assignee', a.username, 'deleted', c.deleted, 'createdBy', cb.username,
    'loggers', (select coalesce(json_agg(json_build_object('username', lu.username, 'at', l.logged_at) order by l.logged_at), '[]')
                  from complaint_loggers l join users lu on lu.id = l.user_id where l.complaint_id = c.id),
    'createdAt', c.created_at, 'day', c.day, 'updatedAt', c.updated_at, 'lastSeq', c.last_seq)`;
const COMPLAINTS = 'from complaints c left join users a on a.id = c.assignee join users cb on cb.id = c.created_by';

// The whole page is built as JSON text by the database in one statement: one round trip, and
// the posts and analyses go out as PostgreSQL wrote them, never parsed and re-serialised here.
const PAGE = `with page as (
    select seq, complaint_id, field, from_value, to_value, user_id, at, change_key
      from changes where office_id = $1 and seq > $2 order by seq limit $3::int8 + 1
  ), shown as (select * from page order by seq limit $3::int8)
  select json_build_object(
    'changes', coalesce((
      select json_agg(json_build_object('seq', s.seq, 'postKey', c.post_key, 'field', s.field, 'from', s.from_value,
                                        'to', s.to_value, 'by', u.username, 'at', s.at, 'key', s.change_key) order by s.seq)
        from shown s join complaints c on c.id = s.complaint_id join users u on u.id = s.user_id), '[]'),
    'complaints', coalesce((
      select json_agg(${COMPLAINT} order by c.id)
        ${COMPLAINTS} where c.office_id = $1 and c.id in (select complaint_id from shown)), '[]'),
    'cursor', coalesce((select max(seq) from shown), $2::int8),
    'more', (select count(*) from page) > $3::int8
  )::text as page`;

/** A page as JSON text, ready to send (see PullPage). */
export async function pullText(q: Queryable, officeId: number, since: number, limit = PAGE_DEFAULT): Promise<string> {
  const [row] = await q.query<{ page: string }>(PAGE, [officeId, since, limit]);
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
    `select ${COMPLAINT}::text as view ${COMPLAINTS} where c.office_id = $1 and c.post_key = $2`,
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
