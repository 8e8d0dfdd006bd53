// The live stream's hub: open clients of an office wait here for new changes. It keeps no
// state of its own beyond who is listening: it reads the changes from the database (at once
// after a push through this process, and once a second for pushes through another process on
// the same PostgreSQL), so any number of server processes serve streams alike.
import type { Db } from '../db/db';
import { type PullPage, pull } from './pull';

export interface Listener {
  officeId: number;
  cursor: number;
  /** One SSE event, already serialised: listeners at the same cursor share one string. */
  send(event: string): void;
}

const POLL_MS = 1_000;
const BATCH = 500;
/** Pushes arriving together are announced together: at most one read per office this often. */
const WAKE_MS = 100;

export const sseEvent = (page: PullPage): string =>
  `id: ${page.cursor}\nevent: changes\ndata: ${JSON.stringify(page)}\n\n`;

export class ChangeHub {
  private readonly listeners = new Set<Listener>();
  private readonly due = new Set<number>();
  private timer: NodeJS.Timeout | undefined;
  private running = false;
  private wakeTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly db: Db,
    private readonly pollMs = POLL_MS,
  ) {}

  add(l: Listener): () => void {
    this.listeners.add(l);
    this.wake(l.officeId);
    this.timer ??= setInterval(() => {
      for (const x of this.listeners) this.due.add(x.officeId);
      void this.tick();
    }, this.pollMs);
    return () => {
      this.listeners.delete(l);
      if (this.listeners.size === 0 && this.timer) {
        clearInterval(this.timer);
        this.timer = undefined;
      }
    };
  }

  /** A push to this office just committed here: tell its listeners now rather than at the next poll. */
  wake(officeId: number): void {
    if (![...this.listeners].some((l) => l.officeId === officeId)) return;
    this.due.add(officeId);
    this.wakeTimer ??= setTimeout(() => {
      this.wakeTimer = undefined;
      void this.tick();
    }, WAKE_MS);
  }

  get size(): number {
    return this.listeners.size;
  }

  close(): void {
    if (this.timer) clearInterval(this.timer);
    if (this.wakeTimer) clearTimeout(this.wakeTimer);
    this.timer = undefined;
    this.wakeTimer = undefined;
    this.listeners.clear();
  }

  private async tick(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      while (this.due.size > 0) {
        const [officeId] = this.due;
        if (officeId === undefined) break;
        this.due.delete(officeId);
        const mine = [...this.listeners].filter((l) => l.officeId === officeId);
        if (mine.length === 0) continue;
        const since = Math.min(...mine.map((l) => l.cursor));
        const page = await pull(this.db, officeId, since, BATCH).catch(() => undefined);
        if (!page || page.changes.length === 0) continue;
        const events = new Map<number, string>();
        for (const l of mine) {
          if (l.cursor >= page.cursor) continue;
          let event = events.get(l.cursor);
          if (!event) {
            const changes = page.changes.filter((c) => c.seq > l.cursor);
            const keys = new Set(changes.map((c) => c.postKey));
            const complaints = page.complaints.filter((c) => keys.has(c.postKey));
            event = sseEvent({ changes, complaints, cursor: page.cursor, more: page.more });
            events.set(l.cursor, event);
          }
          l.cursor = page.cursor;
          l.send(event);
        }
        if (page.more) this.due.add(officeId);
      }
    } finally {
      this.running = false;
    }
  }
}
