// Authorisation for every request: a live session from the bearer token, then the caller's
// role in the office named in the path. A non-member gets the same answer whether the office
// exists or not, so nothing of another office leaks, not even its existence.
import type { FastifyRequest } from 'fastify';
import * as v from 'valibot';
import { type Action, allows, type Role } from '../auth/roles';
import { findAccess, findSession, type Session } from '../auth/session';
import type { Ctx } from './context';

export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message = code,
  ) {
    super(message);
  }
}

export const bearer = (req: FastifyRequest): string | undefined => {
  const h = req.headers.authorization;
  return h?.startsWith('Bearer ') ? h.slice(7).trim() : undefined;
};

export async function requireSession(ctx: Ctx, req: FastifyRequest): Promise<Session> {
  const s = await findSession(ctx.db, bearer(req));
  if (!s) throw new HttpError(401, 'unauthorised', 'sign in again: the token is missing, expired or revoked');
  return s;
}

const OfficeId = v.pipe(v.string(), v.regex(/^[1-9]\d{0,14}$/), v.transform(Number));

export function parseWith<T extends v.GenericSchema>(schema: T, value: unknown): v.InferOutput<T> {
  const r = v.safeParse(schema, value);
  if (r.success) return r.output;
  const issue = r.issues[0];
  const where = issue.path?.map((p) => String(p.key)).join('.') ?? '';
  throw new HttpError(400, 'invalid', `${where ? `${where}: ` : ''}${issue.message}`);
}

export interface OfficeAccess {
  session: Session;
  officeId: number;
  role: Role;
}

export async function requireOffice(ctx: Ctx, req: FastifyRequest, action: Action): Promise<OfficeAccess> {
  const office = (req.params as { office?: unknown }).office;
  const parsed = v.safeParse(OfficeId, office);
  // The session and the role in one query; a missing token is a 401 before a malformed office is a 400.
  const access = await findAccess(ctx.db, bearer(req), parsed.success ? parsed.output : undefined);
  if (!access) throw new HttpError(401, 'unauthorised', 'sign in again: the token is missing, expired or revoked');
  const officeId = parseWith(OfficeId, office);
  const { session, role } = access;
  if (!role) throw new HttpError(403, 'forbidden', 'not a member of this office');
  if (!allows(role, action)) throw new HttpError(403, 'forbidden', `a ${role} may not do this`);
  return { session, officeId, role };
}

export function requireOrgAdmin(s: Session): void {
  if (!s.user.orgAdmin) throw new HttpError(403, 'forbidden', 'only an organisation admin may do this');
}
