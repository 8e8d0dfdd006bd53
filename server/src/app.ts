// The team server's HTTP side: security headers, CORS for extensions and the admin page only,
// sign-in rate limits (counted in the database), body size limits, errors as JSON without internals, and the routes.
import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { sharedLoginLimitStore } from './auth/login-limit';
import type { Db } from './db/db';
import { startHousekeeping } from './db/housekeeping';
import { type Ctx, DEFAULT_CONFIG, type ServerConfig } from './http/context';
import { HttpError } from './http/guard';
import { ChangeHub } from './log/stream';
import { adminRoutes } from './routes/admin';
import { authRoutes } from './routes/auth';
import { metaRoutes } from './routes/meta';
import { officeRoutes } from './routes/offices';
import { syncRoutes } from './routes/sync';

/** Every body but a push: sign-in, invites, roles are small. */
export const BODY_LIMIT = 64 * 1024;

const EXTENSION = /^(chrome-extension|moz-extension):\/\/([a-z0-9-]{1,64})$/;

export function originAllowed(config: ServerConfig, origin: string): boolean {
  if (config.allowOrigins.includes(origin)) return true;
  const m = EXTENSION.exec(origin);
  return !!m && (config.extensionIds.length === 0 || config.extensionIds.includes(m[2] ?? ''));
}

export interface AppOptions {
  db: Db;
  config?: Partial<ServerConfig>;
  logger?: FastifyServerOptions['logger'];
  https?: { key: Buffer; cert: Buffer };
}

export async function buildApp(opts: AppOptions): Promise<{ app: FastifyInstance; ctx: Ctx; routes: string[] }> {
  const config: ServerConfig = { ...DEFAULT_CONFIG, ...opts.config };
  const ctx: Ctx = {
    db: opts.db,
    hub: new ChangeHub(opts.db),
    config,
    housekeeping: startHousekeeping(opts.db, config.keepKeysMs),
  };
  const app = Fastify({
    logger: opts.logger ?? false,
    bodyLimit: BODY_LIMIT,
    trustProxy: config.trustProxy,
    ...(opts.https ? { https: opts.https } : {}),
  }) as unknown as FastifyInstance;

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        // Only over TLS: on plain HTTP in an office network it would break the admin page.
        upgradeInsecureRequests: config.tls ? [] : null,
      },
    },
    hsts: config.tls ? { maxAge: 31_536_000 } : false,
    crossOriginResourcePolicy: { policy: 'same-origin' },
  });
  // Same-origin requests (the admin page) need no CORS header; other origins get one only when
  // they are a browser extension (pinned to given ids when configured) or listed.
  await app.register(cors, {
    origin: (origin, cb) => cb(null, origin ? originAllowed(config, origin) : false),
    methods: ['GET', 'POST', 'PUT', 'DELETE'],
    allowedHeaders: ['authorization', 'content-type', 'last-event-id'],
    maxAge: 600,
  });
  // Sign-in counters live in the database, shared by every server process on it.
  await app.register(rateLimit, { global: false, store: sharedLoginLimitStore(opts.db) });

  // Every route served, as "METHOD /path/{param}": the API description is checked against it.
  const routes: string[] = [];
  app.addHook('onRoute', (r) => {
    for (const m of [r.method].flat()) if (m !== 'HEAD') routes.push(`${m} ${r.url.replace(/:(\w+)/g, '{$1}')}`);
  });

  app.setErrorHandler((err: Error & { statusCode?: number; code?: string }, req, reply) => {
    if (err instanceof HttpError) return reply.status(err.statusCode).send({ error: err.code, message: err.message });
    const status = err.statusCode ?? 500;
    if (status >= 500) {
      // Logged by type and message only: a request body may hold a password.
      req.log.error({ err: { type: err.name, message: err.message, code: err.code } }, 'request failed');
      return reply.status(503).send({ error: 'unavailable', message: 'the server could not finish this; retry' });
    }
    const code =
      status === 413 ? 'too-large' : status === 429 ? 'rate-limited' : status === 415 ? 'unsupported' : 'invalid';
    return reply.status(status).send({ error: code, message: err.message });
  });
  app.setNotFoundHandler((_req, reply) => reply.status(404).send({ error: 'not-found', message: 'no such route' }));

  metaRoutes(app, ctx);
  authRoutes(app, ctx);
  officeRoutes(app, ctx);
  syncRoutes(app, ctx);
  adminRoutes(app);
  app.addHook('onClose', async () => {
    ctx.hub.close();
    ctx.housekeeping.stop();
  });
  return { app, ctx, routes };
}
