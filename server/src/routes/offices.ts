// Offices and access: creating offices (organisation admins), members and their roles,
// invites, taking access away, and the audit log. Each change of access is audited.
import type { FastifyInstance } from 'fastify';
import * as v from 'valibot';
import { isRole, mayManageRole, ROLES, type Role } from '../auth/roles';
import { revokeAllSessions } from '../auth/session';
import { codeHash, newCode } from '../auth/tokens';
import { audit } from '../http/audit';
import type { Ctx } from '../http/context';
import { HttpError, parseWith, requireOffice, requireOrgAdmin, requireSession } from '../http/guard';
import { OfficeNameSchema } from './auth';

const Id = v.pipe(v.string(), v.regex(/^[1-9]\d{0,14}$/), v.transform(Number));
const RoleSchema = v.picklist(ROLES);

export function officeRoutes(app: FastifyInstance, ctx: Ctx): void {
  const { db, config } = ctx;

  app.post('/api/offices', async (req) => {
    const s = await requireSession(ctx, req);
    requireOrgAdmin(s);
    const { name } = parseWith(v.object({ name: OfficeNameSchema }), req.body);
    const [o] = await db.query<{ id: number }>(
      'insert into offices (name) values ($1) on conflict (name) do nothing returning id',
      [name],
    );
    if (!o) throw new HttpError(409, 'exists', 'an office with this name exists');
    await audit(db, { actor: s.user, officeId: o.id, action: 'office-created', target: name, ip: req.ip });
    return { id: o.id, name };
  });

  app.get('/api/offices/:office/members', async (req) => {
    const { officeId } = await requireOffice(ctx, req, 'members:manage');
    return {
      members: await db.query(
        `select u.id, u.username, m.role, m.granted_at as "grantedAt", u.disabled_at is not null as disabled
           from memberships m join users u on u.id = m.user_id where m.office_id = $1 order by u.username`,
        [officeId],
      ),
    };
  });

  /** Loads the member acted on and checks the actor may manage both their current and their new role. */
  async function target(officeId: number, actorRole: Role, actorId: number, userId: number, newRole?: Role) {
    const [m] = await db.query<{ role: string; username: string }>(
      'select m.role, u.username from memberships m join users u on u.id = m.user_id where m.office_id = $1 and m.user_id = $2',
      [officeId, userId],
    );
    if (!m || !isRole(m.role)) throw new HttpError(404, 'not-found', 'no such member in this office');
    if (userId === actorId) throw new HttpError(403, 'forbidden', 'you cannot change your own access');
    if (!mayManageRole(actorRole, m.role) || (newRole && !mayManageRole(actorRole, newRole)))
      throw new HttpError(403, 'forbidden', `a ${actorRole} may not manage this role`);
    return { role: m.role, username: m.username };
  }

  app.put('/api/offices/:office/members/:user', async (req) => {
    const a = await requireOffice(ctx, req, 'roles:change');
    const userId = parseWith(Id, (req.params as { user: string }).user);
    const { role } = parseWith(v.object({ role: RoleSchema }), req.body);
    const t = await target(a.officeId, a.role, a.session.user.id, userId, role);
    await db.query(
      'update memberships set role = $1, granted_by = $2, granted_at = now_ms() where office_id = $3 and user_id = $4',
      [role, a.session.user.id, a.officeId, userId],
    );
    await audit(db, {
      actor: a.session.user,
      officeId: a.officeId,
      action: 'role-changed',
      target: t.username,
      detail: { from: t.role, to: role },
      ip: req.ip,
    });
    return { ok: true };
  });

  app.delete('/api/offices/:office/members/:user', async (req) => {
    const a = await requireOffice(ctx, req, 'members:manage');
    const userId = parseWith(Id, (req.params as { user: string }).user);
    const t = await target(a.officeId, a.role, a.session.user.id, userId);
    await db.query('delete from memberships where office_id = $1 and user_id = $2', [a.officeId, userId]);
    await audit(db, {
      actor: a.session.user,
      officeId: a.officeId,
      action: 'access-revoked',
      target: t.username,
      detail: { role: t.role },
      ip: req.ip,
    });
    return { ok: true };
  });

  app.get('/api/offices/:office/invites', async (req) => {
    const { officeId } = await requireOffice(ctx, req, 'members:manage');
    return {
      invites: await db.query(
        `select i.id, i.role, i.created_at as "createdAt", i.expires_at as "expiresAt", c.username as "createdBy"
           from invites i join users c on c.id = i.created_by
          where i.office_id = $1 and i.used_at is null and i.revoked_at is null and i.expires_at > now_ms() order by i.id desc`,
        [officeId],
      ),
    };
  });

  app.post('/api/offices/:office/invites', async (req) => {
    const a = await requireOffice(ctx, req, 'members:manage');
    const body = parseWith(
      v.object({ role: RoleSchema, hours: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))) }),
      req.body,
    );
    if (!mayManageRole(a.role, body.role))
      throw new HttpError(403, 'forbidden', `a ${a.role} may not invite a ${body.role}`);
    const hours = Math.min(body.hours ?? 72, config.inviteMaxHours);
    const code = newCode();
    const [row] = await db.query<{ id: number; expires_at: number }>(
      `insert into invites (code_hash, office_id, role, created_by, expires_at) values ($1, $2, $3, $4, now_ms() + $5)
       returning id, expires_at`,
      [codeHash(code), a.officeId, body.role, a.session.user.id, hours * 3600_000],
    );
    await audit(db, {
      actor: a.session.user,
      officeId: a.officeId,
      action: 'invite-created',
      target: body.role,
      detail: { invite: row?.id, hours },
      ip: req.ip,
    });
    // The code is shown this once; only its hash is kept.
    return { id: row?.id, code, role: body.role, expiresAt: row?.expires_at };
  });

  app.delete('/api/offices/:office/invites/:invite', async (req) => {
    const a = await requireOffice(ctx, req, 'members:manage');
    const id = parseWith(Id, (req.params as { invite: string }).invite);
    const rows = await db.query(
      'update invites set revoked_at = now_ms() where id = $1 and office_id = $2 and revoked_at is null and used_at is null returning id',
      [id, a.officeId],
    );
    if (rows.length === 0) throw new HttpError(404, 'not-found', 'no open invite with this id');
    await audit(db, {
      actor: a.session.user,
      officeId: a.officeId,
      action: 'invite-revoked',
      target: String(id),
      ip: req.ip,
    });
    return { ok: true };
  });

  app.get('/api/offices/:office/audit', async (req) => {
    const { officeId } = await requireOffice(ctx, req, 'audit:read');
    const q = parseWith(
      v.object({
        before: v.optional(Id),
        limit: v.optional(v.pipe(v.string(), v.regex(/^\d{1,3}$/), v.transform(Number))),
      }),
      req.query,
    );
    // Members' sign-ins carry no office: they are shown for the people of this office.
    const entries = await db.query(
      `select a.id, a.at, a.actor_name as actor, a.action, a.target, a.detail, a.ip from audit_log a
        where (a.office_id = $1 or (a.office_id is null and a.actor in (select user_id from memberships where office_id = $1)))
          and ($2::int8 is null or a.id < $2) order by a.id desc limit $3`,
      [officeId, q.before ?? null, Math.min(q.limit ?? 100, 500)],
    );
    return { entries };
  });

  app.post('/api/users/:user/disable', async (req) => {
    const s = await requireSession(ctx, req);
    requireOrgAdmin(s);
    const userId = parseWith(Id, (req.params as { user: string }).user);
    if (userId === s.user.id) throw new HttpError(403, 'forbidden', 'you cannot disable yourself');
    const [u] = await db.query<{ username: string }>(
      'update users set disabled_at = now_ms() where id = $1 returning username',
      [userId],
    );
    if (!u) throw new HttpError(404, 'not-found', 'no such user');
    const sessions = await revokeAllSessions(db, userId);
    await audit(db, { actor: s.user, action: 'user-disabled', target: u.username, detail: { sessions }, ip: req.ip });
    return { ok: true, sessionsRevoked: sessions };
  });
}
