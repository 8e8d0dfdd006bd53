// A real team server for the extension's tests and the team demo: the server's own app on an in-memory PGlite,
// listening on a free loopback port, with the first admin made and helpers for members. It can
// be stopped and started again on the same port and data (a server restarted mid-push).
import type { AddressInfo } from 'node:net';
import { buildApp } from '../../server/src/app';
import { prepareSetup } from '../../server/src/auth/setup';
import { type Db, openDb } from '../../server/src/db/db';
import { migrate } from '../../server/src/db/migrate';

export interface Member {
  username: string;
  password: string;
  token: string;
  id: number;
}

export class TeamServer {
  adminToken = '';
  officeId = 0;
  private app: Awaited<ReturnType<typeof buildApp>>['app'] | undefined;
  private port = 0;

  private constructor(readonly db: Db) {}

  static async start(): Promise<TeamServer> {
    const db = await openDb({ dataDir: 'memory://' });
    await migrate(db);
    const server = new TeamServer(db);
    await server.listen();
    const code = await prepareSetup(db);
    const r = await server.api(undefined, 'POST', '/api/setup', {
      code,
      username: 'admin',
      password: 'admin-password-1',
      office: 'Kantor Cabang Jakarta Pusat',
    });
    server.adminToken = r.body.token;
    server.officeId = (await server.api(server.adminToken, 'GET', '/api/me')).body.offices[0].id;
    return server;
  }

  get base(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Listens (again) on the same port: a restarted server with the same data. */
  async listen(): Promise<void> {
    const { app } = await buildApp({ db: this.db, config: { version: 'test', loginRatePerMinute: 10_000 } });
    await app.listen({ host: '127.0.0.1', port: this.port });
    this.port = (app.server.address() as AddressInfo).port;
    this.app = app;
  }

  /** Stops answering (the data stays): requests meanwhile find nobody at the address. */
  async halt(): Promise<void> {
    const app = this.app;
    this.app = undefined;
    if (!app) return;
    const closed = app.close();
    // Gone at once, as a stopped server is: kept-alive connections too (Node's fetch can leave
    // one that becomes idle only after the server closed the idle ones, and close waits for it).
    app.server.closeAllConnections();
    await closed;
  }

  async api(token: string | undefined, method: string, path: string, body?: unknown) {
    const res = await fetch(`${this.base}${path}`, {
      method,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    // biome-ignore lint/suspicious/noExplicitAny: test helper over a JSON API
    return { status: res.status, body: (await res.json()) as any };
  }

  /** An invite code for the office. */
  async invite(role = 'agent'): Promise<string> {
    const r = await this.api(this.adminToken, 'POST', `/api/offices/${this.officeId}/invites`, { role });
    if (r.status !== 200) throw new Error(`invite: ${JSON.stringify(r.body)}`);
    return r.body.code;
  }

  /** A member who accepted an invite (signed in once; the extension signs in on its own). */
  async member(username: string, role = 'agent'): Promise<Member> {
    const password = `${username}-password`;
    const r = await this.api(undefined, 'POST', '/api/invites/accept', {
      code: await this.invite(role),
      username,
      password,
    });
    if (r.status !== 200) throw new Error(`accept: ${JSON.stringify(r.body)}`);
    const members = await this.api(this.adminToken, 'GET', `/api/offices/${this.officeId}/members`);
    const id = members.body.members.find((m: { username: string }) => m.username === username).id;
    return { username, password, token: r.body.token, id };
  }

  /** Takes a member's access to the office away. */
  async revoke(m: Member): Promise<void> {
    const r = await this.api(this.adminToken, 'DELETE', `/api/offices/${this.officeId}/members/${m.id}`);
    if (r.status !== 200) throw new Error(`revoke: ${JSON.stringify(r.body)}`);
  }

  /** The office's complaint for a post, with its history, as the server has it. */
  async complaint(postKey: string) {
    return this.api(this.adminToken, 'GET', `/api/offices/${this.officeId}/complaints/${encodeURIComponent(postKey)}`);
  }

  async close(): Promise<void> {
    await this.halt();
    await this.db.close();
  }
}
