// Signing in and out, the first admin's setup, and accepting an invite. Sign-in is rate limited
// per address, and an account is locked for a while after several wrong passwords in a row;
// an unknown name costs as much time as a wrong password.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import * as v from 'valibot';
import { DUMMY_HASH, hashPassword, PASSWORD_MAX, PASSWORD_MIN, verifyPassword } from '../auth/password';
import { createSession, revokeSession } from '../auth/session';
import { codeHash } from '../auth/tokens';
import type { Queryable } from '../db/db';
import { audit } from '../http/audit';
import type { Ctx } from '../http/context';
import { HttpError, parseWith, requireSession } from '../http/guard';
import { UsernameSchema } from '../log/change-schema';

const Password = v.pipe(v.string(), v.minLength(PASSWORD_MIN), v.maxLength(PASSWORD_MAX));
const Code = v.pipe(v.string(), v.minLength(8), v.maxLength(40));
const OfficeName = v.pipe(v.string(), v.trim(), v.minLength(2), v.maxLength(100));
const LoginBody = v.object({
  username: v.pipe(v.string(), v.maxLength(40)),
  password: v.pipe(v.string(), v.maxLength(PASSWORD_MAX)),
});
const SetupBody = v.object({ code: Code, username: UsernameSchema, password: Password, office: OfficeName });
const AcceptBody = v.object({ code: Code, username: UsernameSchema, password: Password });

export const OfficeNameSchema = OfficeName;

async function offices(q: Queryable, userId: number, orgAdmin: boolean) {
  return orgAdmin
    ? q.query<{ id: number; name: string; role: string }>(`select id, name, 'admin' as role from offices order by name`)
    : q.query<{ id: number; name: string; role: string }>(
        'select o.id, o.name, m.role from memberships m join offices o on o.id = m.office_id where m.user_id = $1 order by o.name',
        [userId],
      );
}

export function authRoutes(app: FastifyInstance, ctx: Ctx): void {
  const { db, config } = ctx;
  const limited = { config: { rateLimit: { max: config.loginRatePerMinute, timeWindow: 60_000 } } };
  const signedIn = async (req: FastifyRequest, user: { id: number; username: string }, action: string) => {
    const s = await createSession(db, user.id, config.sessionTtlMs);
    await audit(db, { actor: user, action, ip: req.ip });
    return { token: s.token, expiresAt: s.expiresAt, username: user.username };
  };

  app.post('/api/setup', limited, async (req) => {
    const body = parseWith(SetupBody, req.body);
    // Hashed before the transaction: on PGlite a transaction holds the only connection, and
    // scrypt takes tens of milliseconds.
    const hash = await hashPassword(body.password);
    const user = await db.tx(async (q) => {
      const [org] = await q.query<{ setup_code_hash: string | null; setup_expires_at: number | null; now: number }>(
        'select setup_code_hash, setup_expires_at, now_ms() as now from organisation where id = 1 for update',
      );
      const valid = org?.setup_code_hash === codeHash(body.code) && (org.setup_expires_at ?? 0) > org.now;
      const [{ n } = { n: 1 }] = await q.query<{ n: number }>('select count(*)::int as n from users');
      if (!valid || n > 0) throw new HttpError(403, 'bad-code', 'the setup code is wrong, used or expired');
      const [u] = await q.query<{ id: number; username: string }>(
        'insert into users (username, password_hash, org_admin) values ($1, $2, true) returning id, username',
        [body.username, hash],
      );
      if (!u) throw new Error('user not created');
      const [o] = await q.query<{ id: number }>('insert into offices (name) values ($1) returning id', [body.office]);
      await q.query(`insert into memberships (office_id, user_id, role) values ($1, $2, 'admin')`, [o?.id, u.id]);
      await q.query('update organisation set setup_code_hash = null, setup_expires_at = null where id = 1');
      await audit(q, { actor: u, officeId: o?.id, action: 'setup', target: body.office, ip: req.ip });
      return u;
    });
    return signedIn(req, user, 'login');
  });

  app.post('/api/login', limited, async (req, reply) => {
    const body = parseWith(LoginBody, req.body);
    const [u] = await db.query<{
      id: number;
      username: string;
      password_hash: string;
      disabled: boolean;
      locked: boolean;
    }>(
      `select id, username, password_hash, disabled_at is not null as disabled,
              coalesce(locked_until > now_ms(), false) as locked from users where username = $1`,
      [body.username],
    );
    if (u?.locked) {
      await audit(db, { actor: u, action: 'login-refused-locked', ip: req.ip });
      reply.header('retry-after', String(Math.ceil(config.lockoutMs / 1000)));
      throw new HttpError(429, 'locked', 'too many wrong passwords: this account is locked for a while');
    }
    const ok = await verifyPassword(body.password, u?.password_hash ?? DUMMY_HASH);
    if (!u || !ok || u.disabled) {
      if (u && !ok) {
        const [f] = await db.query<{ failed_logins: number }>(
          'update users set failed_logins = failed_logins + 1 where id = $1 returning failed_logins',
          [u.id],
        );
        if ((f?.failed_logins ?? 0) >= config.lockoutAfter) {
          await db.query('update users set failed_logins = 0, locked_until = now_ms() + $2 where id = $1', [
            u.id,
            config.lockoutMs,
          ]);
          await audit(db, { actor: u, action: 'lockout', ip: req.ip });
        }
      }
      await audit(db, { actor: u, actorName: body.username, action: 'login-failed', ip: req.ip });
      throw new HttpError(401, 'bad-credentials', 'wrong username or password');
    }
    await db.query('update users set failed_logins = 0, locked_until = null where id = $1', [u.id]);
    return signedIn(req, u, 'login');
  });

  app.post('/api/invites/accept', limited, async (req) => {
    const body = parseWith(AcceptBody, req.body);
    // The new account's hash is made before the transaction (see setup); only joining with an
    // existing account checks its password inside, as it needs the stored hash.
    const newHash = await hashPassword(body.password);
    const user = await db.tx(async (q) => {
      const [inv] = await q.query<{ id: number; office_id: number; role: string }>(
        `select id, office_id, role from invites where code_hash = $1 and used_at is null and revoked_at is null
            and expires_at > now_ms() for update`,
        [codeHash(body.code)],
      );
      if (!inv) throw new HttpError(403, 'bad-code', 'the invite code is wrong, used, revoked or expired');
      const [existing] = await q.query<{ id: number; username: string; password_hash: string }>(
        'select id, username, password_hash from users where username = $1 and disabled_at is null',
        [body.username],
      );
      let u: { id: number; username: string } | undefined = existing;
      if (existing) {
        // An existing account joins another office by proving it is theirs.
        if (!(await verifyPassword(body.password, existing.password_hash)))
          throw new HttpError(409, 'username-taken', 'this username is taken (sign in with its password to join)');
      } else {
        const [created] = await q.query<{ id: number; username: string }>(
          'insert into users (username, password_hash) values ($1, $2) on conflict (username) do nothing returning id, username',
          [body.username, newHash],
        );
        if (!created) throw new HttpError(409, 'username-taken', 'this username is taken');
        u = created;
      }
      if (!u) throw new Error('no user');
      await q.query(
        `insert into memberships (office_id, user_id, role) values ($1, $2, $3)
         on conflict (office_id, user_id) do update set role = excluded.role, granted_at = now_ms()`,
        [inv.office_id, u.id, inv.role],
      );
      await q.query('update invites set used_by = $1, used_at = now_ms() where id = $2', [u.id, inv.id]);
      await audit(q, {
        actor: u,
        officeId: inv.office_id,
        action: 'invite-accepted',
        target: u.username,
        detail: { role: inv.role },
        ip: req.ip,
      });
      return u;
    });
    return signedIn(req, user, 'login');
  });

  app.post('/api/logout', async (req) => {
    const s = await requireSession(ctx, req);
    await revokeSession(db, s.id);
    await audit(db, { actor: s.user, action: 'logout', ip: req.ip });
    return { ok: true };
  });

  app.get('/api/me', async (req) => {
    const s = await requireSession(ctx, req);
    return {
      username: s.user.username,
      orgAdmin: s.user.orgAdmin,
      expiresAt: s.expiresAt,
      offices: await offices(db, s.user.id, s.user.orgAdmin),
    };
  });
}
