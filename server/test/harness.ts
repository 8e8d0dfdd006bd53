// A team server per test file, on a fresh database of either engine, listening on a free
// loopback port, with helpers to make the first admin and members of any role.
import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { inject } from 'vitest';
import { buildApp } from '../src/app';
import { prepareSetup } from '../src/auth/setup';
import { type Db, openDb } from '../src/db/db';
import { migrate } from '../src/db/migrate';
import type { Ctx, ServerConfig } from '../src/http/context';

export const BACKENDS = ['pglite', 'postgres'] as const;
export type Backend = (typeof BACKENDS)[number];

// biome-ignore lint/suspicious/noExplicitAny: JSON answers are read loosely in tests and the bench
export interface Reply<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

/** A fresh, migrated database: a PGlite from the template, or a new database in the test cluster. */
export async function freshDb(
  backend: Backend,
  migrated = true,
): Promise<{ db: Db; url?: string; drop(): Promise<void> }> {
  if (backend === 'pglite') {
    const blob = new Blob([readFileSync(inject('pgliteTemplate'))]);
    const db = await openDb({ dataDir: 'memory://', loadDataDir: blob });
    await migrate(db);
    return { db, drop: async () => {} };
  }
  const name = `t_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: inject('pgUrl') });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = inject('pgUrl').replace(/\/postgres$/, `/${name}`);
  const db = await openDb({ url });
  if (migrated) await migrate(db);
  return {
    db,
    url,
    drop: async () => {
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

export class TestServer {
  adminToken = '';
  routes: string[] = [];
  officeId = 0;
  /** The PostgreSQL database's address (not for PGlite): a second server may open it. */
  url: string | undefined;
  ctx: Ctx | undefined;
  private n = 0;

  constructor(
    readonly app: FastifyInstance,
    readonly db: Db,
    readonly base: string,
    private readonly dropDb: () => Promise<void>,
  ) {}

  // biome-ignore lint/suspicious/noExplicitAny: JSON answers are read loosely in tests and the bench
  async api<T = any>(
    token: string | undefined,
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Reply<T>> {
    const res = await fetch(`${this.base}${path}`, {
      method,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {}
    return { status: res.status, body: parsed as T, headers: res.headers };
  }

  /** The first admin (an organisation admin) and the first office. */
  async setup(): Promise<void> {
    const code = await prepareSetup(this.db);
    const r = await this.api(undefined, 'POST', '/api/setup', {
      code,
      username: 'admin',
      password: 'admin-password-1',
      office: 'Jakarta Pusat',
    });
    if (r.status !== 200) throw new Error(`setup failed: ${JSON.stringify(r.body)}`);
    this.adminToken = r.body.token;
    this.officeId = (await this.api(this.adminToken, 'GET', '/api/me')).body.offices[0].id;
  }

  async office(name: string): Promise<number> {
    const r = await this.api(this.adminToken, 'POST', '/api/offices', { name });
    if (r.status !== 200) throw new Error(`office: ${JSON.stringify(r.body)}`);
    return r.body.id;
  }

  /** A new member of an office with a role, signed in: their token and user id. */
  async member(
    role: string,
    officeId = this.officeId,
    username = `${role}${++this.n}`,
  ): Promise<{ token: string; id: number; username: string }> {
    const inv = await this.api(this.adminToken, 'POST', `/api/offices/${officeId}/invites`, { role });
    if (inv.status !== 200) throw new Error(`invite: ${JSON.stringify(inv.body)}`);
    const acc = await this.api(undefined, 'POST', '/api/invites/accept', {
      code: inv.body.code,
      username,
      password: `${username}-password`,
    });
    if (acc.status !== 200) throw new Error(`accept: ${JSON.stringify(acc.body)}`);
    const members = await this.api(this.adminToken, 'GET', `/api/offices/${officeId}/members`);
    const id = members.body.members.find((m: { username: string }) => m.username === username).id;
    return { token: acc.body.token, id, username };
  }

  async close(): Promise<void> {
    await this.app.close();
    await this.db.close();
    await this.dropDb();
  }
}

export async function startServer(backend: Backend, config: Partial<ServerConfig> = {}): Promise<TestServer> {
  const { db, url, drop } = await freshDb(backend);
  const s = await listen(db, drop, config);
  s.url = url;
  return s;
}

/** A server in this process on a given PostgreSQL database, with its own connections (as another process has). */
export async function startServerOn(url: string, config: Partial<ServerConfig> = {}): Promise<TestServer> {
  const db = await openDb({ url });
  await migrate(db);
  const s = await listen(db, async () => {}, config);
  s.url = url;
  return s;
}

async function listen(db: Db, drop: () => Promise<void>, config: Partial<ServerConfig>): Promise<TestServer> {
  const { app, routes, ctx } = await buildApp({
    db,
    config: { version: 'test', loginRatePerMinute: 10_000, ...config },
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const addr = app.server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  const server = new TestServer(app, db, `http://127.0.0.1:${port}`, drop);
  server.routes = routes;
  server.ctx = ctx;
  return server;
}

let seq = 0;
/** A post as the extension's adapters read it, and its analysis. */
export function samplePost(id = `${Date.now()}${++seq}`, text = 'BPJS antrean lama banget, tolong min') {
  return {
    post: { key: `x:${id}`, site: 'x', postId: id, author: { handle: 'warga' }, text, counts: {}, kind: 'post' },
    analysis: {
      lang: 'id',
      sentiment: { label: 'negative', score: -0.6, confidence: 0.8, drivers: ['lama'] },
      complaint: {
        is: true,
        probability: 0.9,
        categories: ['antrean'],
        urgent: false,
        urgencyFlags: [],
        asksForHelp: true,
      },
      matches: [],
      modelVersion: 'test',
    },
  };
}

let keyN = 0;
export const newKey = (): string => `k-${process.pid}-${Date.now().toString(36)}-${++keyN}`;
