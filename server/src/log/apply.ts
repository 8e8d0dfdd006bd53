// Applies one pushed change inside the push's transaction. The conflict rule: changes are
// applied in server order (the office's row is locked for the whole push, and each change takes
// the next change number), so when two people set one field the later server order wins, and
// both changes stay in the history with what they changed from and to. Notes only append, and
// loggers only add, so nothing of either is lost when people work at once.

import { allows, type Role } from '../auth/roles';
import type { User } from '../auth/session';
import type { Queryable } from '../db/db';
import type { Change, ChangeResult } from './change-schema';

export interface Actor {
  officeId: number;
  user: User;
  role: Role;
}

interface ComplaintRow {
  id: number;
  status: string;
  priority: string;
  category: string;
  tags: string[];
  notes: string[];
  assignee: number | null;
  assignee_name: string | null;
  deleted: boolean;
}

const today = (): string => new Date().toISOString().slice(0, 10);

async function record(
  q: Queryable,
  a: Actor,
  complaintId: number,
  field: string,
  from: unknown,
  to: unknown,
  key: string,
): Promise<number> {
  const [row] = await q.query<{ seq: number }>(
    `insert into changes (seq, office_id, complaint_id, user_id, field, from_value, to_value, change_key)
     values (nextval('change_seq'), $1, $2, $3, $4, $5::text::jsonb, $6::text::jsonb, $7) returning seq`,
    [a.officeId, complaintId, a.user.id, field, JSON.stringify(from ?? null), JSON.stringify(to ?? null), key],
  );
  const seq = row?.seq ?? 0;
  await q.query('update complaints set last_seq = $1, updated_at = now_ms() where id = $2', [seq, complaintId]);
  return seq;
}

async function findComplaint(q: Queryable, officeId: number, postKey: string): Promise<ComplaintRow | undefined> {
  const [row] = await q.query<ComplaintRow>(
    `select c.id, c.status, c.priority, c.category, c.tags, c.notes, c.assignee, u.username as assignee_name, c.deleted
       from complaints c left join users u on u.id = c.assignee
      where c.office_id = $1 and c.post_key = $2`,
    [officeId, postKey],
  );
  return row;
}

async function logPost(q: Queryable, a: Actor, c: Extract<Change, { op: 'log' }>): Promise<ChangeResult> {
  const found = await findComplaint(q, a.officeId, c.post.key);
  if (found) {
    // The same post logged again by someone else: one complaint, one more logger.
    const added = await q.query(
      'insert into complaint_loggers (complaint_id, user_id) values ($1, $2) on conflict do nothing returning user_id',
      [found.id, a.user.id],
    );
    if (added.length === 0) return { key: c.key, status: 'unchanged' };
    return { key: c.key, status: 'applied', seq: await record(q, a, found.id, 'logged', null, a.user.username, c.key) };
  }
  const [row] = await q.query<{ id: number }>(
    `insert into complaints (office_id, post_key, site, post, analysis, status, priority, category, notes, tags, created_by, day, last_seq)
     values ($1, $2, $3, $4::text::jsonb, $5::text::jsonb, $6, $7, $8, $9::text::jsonb, $10::text::jsonb, $11, $12, 0) returning id`,
    [
      a.officeId,
      c.post.key,
      c.post.site,
      JSON.stringify(c.post),
      JSON.stringify(c.analysis),
      c.status ?? 'new',
      c.priority ?? 'normal',
      c.category ?? '',
      JSON.stringify(c.notes ?? []),
      JSON.stringify(c.tags ?? []),
      a.user.id,
      c.day ?? today(),
    ],
  );
  const id = row?.id ?? 0;
  await q.query('insert into complaint_loggers (complaint_id, user_id) values ($1, $2)', [id, a.user.id]);
  const created = { status: c.status ?? 'new', priority: c.priority ?? 'normal', category: c.category ?? '' };
  return { key: c.key, status: 'applied', seq: await record(q, a, id, 'created', null, created, c.key) };
}

type FieldChange = Exclude<Change, { op: 'log' }>;

async function setField(q: Queryable, a: Actor, c: FieldChange): Promise<ChangeResult> {
  const found = await findComplaint(q, a.officeId, c.postKey);
  if (!found) return { key: c.key, status: 'rejected', reason: 'not-found' };
  switch (c.op) {
    case 'note': {
      await q.query(`update complaints set notes = notes || jsonb_build_array($1::text) where id = $2`, [
        c.value,
        found.id,
      ]);
      return { key: c.key, status: 'applied', seq: await record(q, a, found.id, 'note', null, c.value, c.key) };
    }
    case 'assign': {
      let to: number | null = null;
      if (c.value !== null) {
        const [m] = await q.query<{ id: number }>(
          `select u.id from users u join memberships m on m.user_id = u.id
            where u.username = $1 and m.office_id = $2 and m.role <> 'viewer' and u.disabled_at is null`,
          [c.value, a.officeId],
        );
        if (!m) return { key: c.key, status: 'rejected', reason: 'unknown-member' };
        to = m.id;
      }
      // Taking a complaint (or letting go of one's own) is an agent's; moving others' work is a supervisor's.
      const own = (to === null || to === a.user.id) && (found.assignee === null || found.assignee === a.user.id);
      if (!own && !allows(a.role, 'log:manage')) return { key: c.key, status: 'rejected', reason: 'forbidden' };
      if (to === found.assignee) return { key: c.key, status: 'unchanged' };
      await q.query('update complaints set assignee = $1 where id = $2', [to, found.id]);
      return {
        key: c.key,
        status: 'applied',
        seq: await record(q, a, found.id, 'assignee', found.assignee_name, c.value, c.key),
      };
    }
    case 'delete': {
      if (!allows(a.role, 'log:manage')) return { key: c.key, status: 'rejected', reason: 'forbidden' };
      if (c.value === found.deleted) return { key: c.key, status: 'unchanged' };
      await q.query('update complaints set deleted = $1 where id = $2', [c.value, found.id]);
      return {
        key: c.key,
        status: 'applied',
        seq: await record(q, a, found.id, 'deleted', found.deleted, c.value, c.key),
      };
    }
    default: {
      const from = found[c.op];
      if (JSON.stringify(from) === JSON.stringify(c.value)) return { key: c.key, status: 'unchanged' };
      // The column name comes from the validated op (one of four literals), never from the client's text.
      const column = { status: 'status', priority: 'priority', category: 'category', tags: 'tags' }[c.op];
      const value = c.op === 'tags' ? JSON.stringify(c.value) : c.value;
      const cast = c.op === 'tags' ? '::text::jsonb' : '';
      await q.query(`update complaints set ${column} = $1${cast} where id = $2`, [value, found.id]);
      return { key: c.key, status: 'applied', seq: await record(q, a, found.id, c.op, from, c.value, c.key) };
    }
  }
}

export function applyChange(q: Queryable, a: Actor, c: Change): Promise<ChangeResult> {
  return c.op === 'log' ? logPost(q, a, c) : setField(q, a, c);
}
