// What anyone may read without signing in: health and the API's description.
import type { FastifyInstance } from 'fastify';
import type { Ctx } from '../http/context';
import { openapi } from '../openapi';

export function metaRoutes(app: FastifyInstance, ctx: Ctx): void {
  app.get('/health', async (_req, reply) => {
    try {
      await ctx.db.query('select 1');
      return { ok: true, db: ctx.db.kind, version: ctx.config.version };
    } catch {
      return reply.status(503).send({ ok: false, db: ctx.db.kind, version: ctx.config.version });
    }
  });
  app.get('/openapi.json', async () => openapi(ctx.config.version));
  app.get('/', async (_req, reply) => reply.redirect('/admin/'));
}
