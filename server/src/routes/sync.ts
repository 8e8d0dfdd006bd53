// The sync API: push a batch of changes, pull changes after a cursor, read one complaint with
// its history, and the live stream (Server-Sent Events) of new changes.
import type { FastifyInstance } from 'fastify';
import * as v from 'valibot';
import { findAccess } from '../auth/session';
import type { Ctx } from '../http/context';
import { bearer, HttpError, parseWith, requireOffice } from '../http/guard';
import { PushSchema } from '../log/change-schema';
import { complaintWithHistory, PAGE_DEFAULT, PAGE_MAX, pullText } from '../log/pull';
import { push } from '../log/push';

/** A batch of 100 changes each carrying a post of 20,000 characters fits; more is refused before parsing. */
export const PUSH_BODY_LIMIT = 4 * 1024 * 1024;
const Num = (max: number) => v.pipe(v.string(), v.regex(/^\d{1,15}$/), v.transform(Number), v.maxValue(max));
const PullQuery = v.object({ since: v.optional(Num(Number.MAX_SAFE_INTEGER)), limit: v.optional(Num(PAGE_MAX)) });
const REAUTH_MS = 30_000;
const PING_MS = 25_000;

export function syncRoutes(app: FastifyInstance, ctx: Ctx): void {
  const { db, hub } = ctx;
  const open = new Set<() => void>();
  // Before the server stops listening: it waits for open connections, and a live stream
  // stays open until its client leaves (found in the extension's tests: close hung for good).
  app.addHook('preClose', async () => {
    for (const end of [...open]) end();
  });

  app.post('/api/offices/:office/changes', { bodyLimit: PUSH_BODY_LIMIT }, async (req) => {
    const a = await requireOffice(ctx, req, 'log:write');
    const body = parseWith(PushSchema, req.body);
    const results = await push(db, { officeId: a.officeId, user: a.session.user, role: a.role }, body.changes);
    hub.wake(a.officeId);
    return { results };
  });

  app.get('/api/offices/:office/changes', async (req, reply) => {
    const a = await requireOffice(ctx, req, 'log:read');
    const q = parseWith(PullQuery, req.query);
    // Already JSON, written by the database: sent as it is.
    const page = await pullText(db, a.officeId, q.since ?? 0, Math.max(1, q.limit ?? PAGE_DEFAULT));
    return reply.type('application/json; charset=utf-8').send(page);
  });

  app.get('/api/offices/:office/complaints/:postKey', async (req) => {
    const a = await requireOffice(ctx, req, 'log:read');
    const postKey = parseWith(
      v.pipe(v.string(), v.minLength(3), v.maxLength(300)),
      (req.params as { postKey: string }).postKey,
    );
    const c = await complaintWithHistory(db, a.officeId, postKey);
    if (!c) throw new HttpError(404, 'not-found', 'no complaint for this post in this office');
    return c;
  });

  app.get('/api/offices/:office/stream', async (req, reply) => {
    const a = await requireOffice(ctx, req, 'log:read');
    const q = parseWith(PullQuery, req.query);
    const lastId = Number(req.headers['last-event-id']);
    const since = Number.isSafeInteger(lastId) && lastId >= 0 ? lastId : (q.since ?? 0);
    const token = bearer(req);
    reply.hijack();
    const raw = reply.raw;
    raw.writeHead(200, {
      ...(reply.getHeaders() as Record<string, string>),
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      'x-accel-buffering': 'no',
    });
    raw.write(`retry: 3000\n\n`);
    let closed = false;
    const remove = hub.add({
      officeId: a.officeId,
      cursor: since,
      send(event) {
        if (!closed) raw.write(event);
      },
    });
    const ping = setInterval(() => raw.write(': ping\n\n'), PING_MS);
    // A revoked token or a removed member loses the stream too, not only their next request.
    const reauth = setInterval(async () => {
      const access = await findAccess(db, token, a.officeId).catch(() => undefined);
      if (!access?.role) end();
    }, REAUTH_MS);
    const end = () => {
      if (closed) return;
      closed = true;
      clearInterval(ping);
      clearInterval(reauth);
      remove();
      open.delete(end);
      raw.end();
    };
    open.add(end);
    req.raw.on('close', end);
  });
}
