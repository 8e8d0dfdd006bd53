// The sync engine in the worker. One run pushes the outbox (oldest first, in batches, each
// change with its idempotency key) and then pulls the office's changes after the stored cursor
// until none are left, applying each page in one transaction with its cursor. Runs never
// overlap: a request for a run while one is going makes exactly one more afterwards. A run cut
// short (worker stopped, network gone, server restarted) is simply run again: the server
// answers a key it has seen with its first answer, and a page is applied whole or not at all.
import type { SimakDb } from '../db/db';
import { readRevision } from '../db/revision';
import type { Complaint, OutboxRow } from '../db/schema';
import { PUSH_BATCH, type TeamApi, TeamError } from './api';
import { applyPage, applyViews } from './apply-pull';
import type { ChangeResult } from './change';
import { activeTeam, readCursor, readTeam, type TeamConfig, writeTeam } from './config';
import { asChange, pending, pendingCount } from './outbox';
import type { Refusal, TeamStatus } from './status';

const MAX_REFUSALS = 20;
/** Pages pulled in one run at most; more waits for the next run (a first sign-in to a big office). */
const MAX_PAGES = 200;

export interface EngineDeps {
  db: SimakDb;
  api: (origin: string, token?: string) => TeamApi;
  /** Local complaints the pull wrote: the worker patches its search index and badge. */
  onWritten?: (written: Complaint[]) => Promise<void> | void;
  /** May the worker talk to this origin? (The user can take the access back in the browser.) */
  allowed?: (origin: string) => Promise<boolean>;
}

export class SyncEngine {
  private running: Promise<void> | undefined;
  private again = false;
  private abort = new AbortController();
  private lastSyncAt: number | undefined;
  private error: TeamStatus['error'];
  private refused: Refusal[] = [];

  constructor(private readonly deps: EngineDeps) {}

  /** Runs a sync now, or once more after the one going; resolves when the log is as synced as it gets. */
  sync(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      try {
        do {
          this.again = false;
          await this.runOnce();
        } while (this.again);
      } finally {
        this.running = undefined;
      }
    })();
    return this.running;
  }

  /** Ends the request in flight, as a stopped worker would (tests; sign-out). */
  stop(): void {
    this.abort.abort();
    this.abort = new AbortController();
  }

  async status(): Promise<TeamStatus> {
    const { db } = this.deps;
    const team = await readTeam(db);
    const pendingN = team ? await pendingCount(db) : 0;
    const base = {
      server: team?.server,
      username: team?.username,
      office: team?.office,
      offices: team?.offices ?? [],
      pending: pendingN,
      lastSyncAt: this.lastSyncAt,
      refused: this.refused,
      logRevision: await readRevision(db),
    };
    if (!team) return { ...base, state: 'off', offices: [], refused: [] };
    if (team.stopped) return { ...base, state: 'stopped', error: { code: team.stopped, message: team.stopped } };
    if (!team.office) return { ...base, state: 'choose-office' };
    if (this.error) return { ...base, state: this.error.code === 'offline' ? 'offline' : 'error', error: this.error };
    return { ...base, state: pendingN > 0 ? 'waiting' : 'synced' };
  }

  /** Forget what the last runs said (a new sign-in). */
  reset(): void {
    this.error = undefined;
    this.refused = [];
    this.lastSyncAt = undefined;
  }

  private async runOnce(): Promise<void> {
    const { db } = this.deps;
    const team = await activeTeam(db);
    if (!team || team.stopped) return;
    if (this.deps.allowed && !(await this.deps.allowed(team.server))) {
      this.error = { code: 'no-permission', message: team.server };
      return;
    }
    const api = this.deps.api(team.server, team.token);
    const signal = this.abort.signal;
    try {
      await this.push(api, team, signal);
      await this.pull(api, team, signal);
      this.error = undefined;
      this.lastSyncAt = Date.now();
    } catch (e) {
      if (signal.aborted) return;
      if (!(e instanceof TeamError)) throw e;
      if (e.code === 'unauthorised' || e.code === 'forbidden') {
        if (await this.stillMember(api, team, e)) return;
        const now = await readTeam(db);
        if (now && now.token === team.token) await writeTeam(db, { ...now, stopped: e.code });
        this.error = undefined;
        return;
      }
      this.error = { code: e.code, message: e.message };
    }
  }

  /** A 403 from a member whose role may not write (a viewer): their queued changes are refused, not a revocation. */
  private async stillMember(api: TeamApi, team: TeamConfig, e: TeamError): Promise<boolean> {
    if (e.code !== 'forbidden') return false;
    const me = await api.me().catch(() => undefined);
    const office = me?.offices.find((o) => o.id === team.office?.id);
    if (!office) return false;
    const { db } = this.deps;
    await writeTeam(db, { ...team, office, offices: me?.offices ?? team.offices });
    const rows = await pending(db, PUSH_BATCH);
    for (const row of rows)
      this.refuse({ postKey: row.postKey, op: row.change.op, reason: 'forbidden', at: Date.now() });
    await db.outbox.bulkDelete(rows.map((r) => r.seq as number));
    this.error = { code: 'forbidden', message: e.message };
    return true;
  }

  private refuse(r: Refusal): void {
    this.refused = [r, ...this.refused].slice(0, MAX_REFUSALS);
  }

  private async push(api: TeamApi, team: TeamConfig & { office: { id: number } }, signal: AbortSignal): Promise<void> {
    const { db } = this.deps;
    for (;;) {
      const rows = await pending(db, PUSH_BATCH);
      if (rows.length === 0) return;
      const results = await this.pushRows(api, team.office.id, rows, signal);
      const answered = new Map(results.map((r) => [r.key, r]));
      const refetch = new Set<string>();
      for (const row of rows) {
        const r = answered.get(row.key);
        if (r?.status === 'rejected') {
          this.refuse({ postKey: row.postKey, op: row.change.op, reason: r.reason, at: Date.now() });
          refetch.add(row.postKey);
        }
      }
      // Only what the server answered for leaves the outbox (an answer for every key is the rule).
      await db.outbox.bulkDelete(rows.filter((r) => answered.has(r.key)).map((r) => r.seq as number));
      if (answered.size === 0) throw new TeamError('bad-answer', 'the server answered for none of the changes');
      // A refused change was shown locally already: take the server's state back.
      for (const postKey of refetch) {
        const view = await api.complaint(team.office.id, postKey);
        if (view) await this.written(await applyViews(db, [view], []));
      }
    }
  }

  /**
   * One batch. A batch the server cannot take at all (a change it finds malformed, a body too
   * large) would block the outbox for good: its changes are then sent one by one, and only the
   * one refused alone is dropped, as a refusal the user sees.
   */
  private async pushRows(api: TeamApi, officeId: number, rows: OutboxRow[], signal: AbortSignal) {
    try {
      return await api.push(officeId, rows.map(asChange), signal);
    } catch (e) {
      if (!(e instanceof TeamError) || (e.code !== 'invalid' && e.code !== 'too-large')) throw e;
      if (rows.length > 1) {
        const results: ChangeResult[] = [];
        for (const row of rows) results.push(...(await this.pushRows(api, officeId, [row], signal)));
        return results;
      }
      return rows.map((r): ChangeResult => ({ key: r.key, status: 'rejected', reason: e.code }));
    }
  }

  private async pull(api: TeamApi, team: TeamConfig & { office: { id: number } }, signal: AbortSignal): Promise<void> {
    const { db } = this.deps;
    for (let i = 0; i < MAX_PAGES; i++) {
      const cursor = await readCursor(db);
      const page = await api.pull(team.office.id, cursor, signal);
      if (page.changes.length === 0 && page.cursor === cursor) return;
      await this.written(await applyPage(db, page));
      if (!page.more) return;
    }
    this.again = true;
  }

  private async written(applied: { written: Complaint[] }): Promise<void> {
    if (applied.written.length > 0) await this.deps.onWritten?.(applied.written);
  }
}
