// Sessions: random bearer tokens, stored hashed, with an expiry, revocable one by one or all
// of a person's at once. Every request is checked against the database, so a revoked token or
// a removed member loses access at their next request, on every server process alike.
import type { Queryable } from '../db/db';
import { isRole, type Role } from './roles';
import { newSessionToken, secretMatches, sha256, splitSessionToken } from './tokens';

export interface User {
  id: number;
  username: string;
  orgAdmin: boolean;
}

export interface Session {
  id: string;
  user: User;
  expiresAt: number;
}

export async function createSession(
  q: Queryable,
  userId: number,
  ttlMs: number,
): Promise<{ token: string; expiresAt: number }> {
  const { id, secret, token } = newSessionToken();
  const [row] = await q.query<{ expires_at: number }>(
    'insert into sessions (id, secret_hash, user_id, expires_at) values ($1, $2, $3, now_ms() + $4) returning expires_at',
    [id, sha256(secret), userId, ttlMs],
  );
  return { token, expiresAt: row?.expires_at ?? 0 };
}

/** The session a bearer token stands for, or undefined: unknown, wrong secret, expired, revoked, or account disabled. */
export async function findSession(q: Queryable, token: string | undefined): Promise<Session | undefined> {
  const parts = token ? splitSessionToken(token) : undefined;
  if (!parts) return undefined;
  const [row] = await q.query<{
    secret_hash: string;
    expires_at: number;
    live: boolean;
    user_id: number;
    username: string;
    org_admin: boolean;
  }>(
    `select s.secret_hash, s.expires_at, (s.revoked_at is null and s.expires_at > now_ms() and u.disabled_at is null) as live,
            u.id as user_id, u.username, u.org_admin
       from sessions s join users u on u.id = s.user_id where s.id = $1`,
    [parts.id],
  );
  // The secret is compared even for a dead session, so the answer's timing says nothing.
  const matches = secretMatches(parts.secret, row?.secret_hash ?? '');
  if (!row || !matches || !row.live) return undefined;
  return {
    id: parts.id,
    expiresAt: row.expires_at,
    user: { id: row.user_id, username: row.username, orgAdmin: row.org_admin },
  };
}

export async function revokeSession(q: Queryable, id: string): Promise<void> {
  await q.query('update sessions set revoked_at = now_ms() where id = $1 and revoked_at is null', [id]);
}

export async function revokeAllSessions(q: Queryable, userId: number): Promise<number> {
  const rows = await q.query(
    'update sessions set revoked_at = now_ms() where user_id = $1 and revoked_at is null returning id',
    [userId],
  );
  return rows.length;
}

/** A person's role in an office: an organisation admin is admin everywhere; undefined for a non-member. */
export async function roleIn(q: Queryable, user: User, officeId: number): Promise<Role | undefined> {
  if (user.orgAdmin) {
    const [o] = await q.query('select 1 from offices where id = $1', [officeId]);
    return o ? 'admin' : undefined;
  }
  const [m] = await q.query<{ role: string }>('select role from memberships where office_id = $1 and user_id = $2', [
    officeId,
    user.id,
  ]);
  return m && isRole(m.role) ? m.role : undefined;
}
