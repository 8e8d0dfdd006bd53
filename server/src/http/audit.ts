// The audit log: every sign-in (and failed one), lockout, invite, role change and revocation,
// with who, when and from which address. Append-only in the database. Never a password, token
// or code: only what happened to whom.
import type { Queryable } from '../db/db';

export interface AuditEntry {
  actor?: { id: number; username: string } | undefined;
  /** For a failed sign-in: the name that was tried. */
  actorName?: string;
  officeId?: number | undefined;
  action: string;
  target?: string;
  detail?: Record<string, unknown>;
  ip?: string | undefined;
}

export async function audit(q: Queryable, e: AuditEntry): Promise<void> {
  await q.query(
    `insert into audit_log (actor, actor_name, office_id, action, target, detail, ip)
     values ($1, $2, $3, $4, $5, $6::text::jsonb, $7)`,
    [
      e.actor?.id ?? null,
      e.actor?.username ?? e.actorName ?? null,
      e.officeId ?? null,
      e.action,
      e.target ?? null,
      e.detail ? JSON.stringify(e.detail) : null,
      e.ip ?? null,
    ],
  );
}
