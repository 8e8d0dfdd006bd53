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

const VIEW = `select c.post_key as "postKey", c.site, c.post, c.analysis, c.status, c.priority, c.category, c.notes, c.tags,
       a.username as assignee, c.deleted, cb.username as "createdBy",
       (select coalesce(jsonb_agg(jsonb_build_object('username', lu.username, 'at', l.logged_at) order by l.logged_at), '[]'::jsonb)
          from complaint_loggers l join users lu on lu.id = l.user_id where l.complaint_id = c.id) as loggers,
       c.created_at as "createdAt", c.day, c.updated_at as "updatedAt", c.last_seq as "lastSeq"
  from complaints c left join users a on a.id = c.assignee join users cb on cb.id = c.created_by`;

export async function pull(q: Queryable, officeId: number, since: number, limit = PAGE_DEFAULT): Promise<PullPage> {
  const rows = await q.query<ChangeView & { complaint_id: number }>(
    `select ch.seq, ch.complaint_id, c.post_key as "postKey", ch.field, ch.from_value as "from", ch.to_value as "to",
            u.username as by, ch.at, ch.change_key as key
       from changes ch join complaints c on c.id = ch.complaint_id join users u on u.id = ch.user_id
      where ch.office_id = $1 and ch.seq > $2 order by ch.seq limit $3`,
    [officeId, since, limit + 1],
  );
  const more = rows.length > limit;
  const page = rows.slice(0, limit);
  const ids = [...new Set(page.map((r) => r.complaint_id))];
  const complaints =
    ids.length === 0
      ? []
      : await q.query<ComplaintView>(
          `${VIEW} where c.office_id = $1 and c.id in (select (jsonb_array_elements_text($2::text::jsonb))::int8) order by c.id`,
          [officeId, JSON.stringify(ids)],
        );
  const changes = page.map(({ complaint_id: _, ...rest }) => rest);
  return { changes, complaints, cursor: page.at(-1)?.seq ?? since, more };
}

/** One complaint with its whole history, oldest change first. */
export async function complaintWithHistory(
  q: Queryable,
  officeId: number,
  postKey: string,
): Promise<(ComplaintView & { history: ChangeView[] }) | undefined> {
  const [view] = await q.query<ComplaintView>(`${VIEW} where c.office_id = $1 and c.post_key = $2`, [
    officeId,
    postKey,
  ]);
  if (!view) return undefined;
  const history = await q.query<ChangeView>(
    `select ch.seq, $2::text as "postKey", ch.field, ch.from_value as "from", ch.to_value as "to", u.username as by, ch.at,
            ch.change_key as key
       from changes ch join complaints c on c.id = ch.complaint_id join users u on u.id = ch.user_id
      where c.office_id = $1 and c.post_key = $2 order by ch.seq`,
    [officeId, postKey],
  );
  return { ...view, history };
}
