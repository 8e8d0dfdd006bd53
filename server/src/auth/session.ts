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

/** A live session, and the caller's role in one office (undefined for a non-member). */
export interface Access {
  session: Session;
  role: Role | undefined;
}

/**
 * The session a bearer token stands for (undefined: unknown, wrong secret, expired, revoked, or
 * account disabled) and, when an office is given, the caller's role in it: one call of
 * `simak_access` (migration 002), so every request is checked against the database in a single
 * round trip. An organisation admin is admin in every office that exists.
 */
export async function findAccess(
  q: Queryable,
  token: string | undefined,
  officeId?: number,
): Promise<Access | undefined> {
  const parts = token ? splitSessionToken(token) : undefined;
  if (!parts) return undefined;
  const [row] = await q.query<{
    secret_hash: string;
    expires_at: number;
    live: boolean;
    user_id: number;
    username: string;
    org_admin: boolean;
    role: string | null;
  }>('select * from simak_access($1, $2)', [parts.id, officeId ?? null]);
  // The secret is compared even for a dead session, so the answer's timing says nothing.
  const matches = secretMatches(parts.secret, row?.secret_hash ?? '');
  if (!row || !matches || !row.live) return undefined;
  return {
    session: {
      id: parts.id,
      expiresAt: row.expires_at,
      user: { id: row.user_id, username: row.username, orgAdmin: row.org_admin },
    },
    role: isRole(row.role) ? row.role : undefined,
  };
}

/** The session a bearer token stands for, or undefined. */
export async function findSession(q: Queryable, token: string | undefined): Promise<Session | undefined> {
  return (await findAccess(q, token))?.session;
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
