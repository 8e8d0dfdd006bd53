// The office's live stream (Server-Sent Events), held open by the worker only while a page of
// Simak (popup, dashboard) is open and syncing: each event says the office's log moved, and
// the worker pulls at once instead of at the page's next tick (every 3 s), so a colleague's
// complaint shows within a fraction of a second. The stream carries nothing the worker keeps:
// the pull by cursor stays the one way changes arrive, and exactly once. When the pages close,
// the stream closes; when it fails (offline, revoked), the pages' ticks go on syncing as
// before and say why, and the next tick after a pause tries the stream again.
import { createParser } from 'eventsource-parser';

/** Held this long after the last page's sync: a little over the pages' 3 s tick. */
export const LIVE_HOLD_MS = 10_000;
/** After a stream failed or ended, the next try waits this long (the pages' ticks go on meanwhile). */
export const LIVE_RETRY_MS = 15_000;
/**
 * The server sends a comment every 25 s: a stream silent for longer is dead without having said
 * so (a laptop woken from sleep, a proxy that dropped it), and is opened anew.
 */
export const LIVE_SILENT_MS = 60_000;

export interface LiveDeps {
  /** Opens the office's stream, or says there is none to open (no team, stopped, no access). */
  open(signal: AbortSignal): Promise<ReadableStream<Uint8Array> | undefined>;
  /** The office's log moved: pull now. */
  onNews(): void;
  now?: () => number;
}

export class LiveStream {
  private abort: AbortController | undefined;
  private nextTry = 0;
  /** When the open stream last brought anything (opened, an event, a ping). */
  private heardAt = 0;
  private closer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly deps: LiveDeps) {}

  /** A page is open and syncing: keep the stream (open it if need be) for LIVE_HOLD_MS more. */
  hold(): void {
    if (this.abort && this.now() - this.heardAt > LIVE_SILENT_MS) this.close();
    if (!this.abort && this.now() >= this.nextTry) void this.listen();
    clearTimeout(this.closer);
    this.closer = setTimeout(() => this.close(), LIVE_HOLD_MS);
  }

  /** True while a stream is open or being opened. */
  get open(): boolean {
    return this.abort !== undefined;
  }

  /** Closes the stream now (no page left, sign-out, another office). */
  close(): void {
    clearTimeout(this.closer);
    this.nextTry = 0;
    this.abort?.abort();
    this.abort = undefined;
  }

  private now(): number {
    return this.deps.now?.() ?? Date.now();
  }

  private async listen(): Promise<void> {
    const abort = new AbortController();
    this.abort = abort;
    this.heardAt = this.now();
    try {
      const body = await this.deps.open(abort.signal);
      if (!body) return;
      const parser = createParser({
        onEvent: (event) => {
          if (event.event === 'changes') this.deps.onNews();
        },
      });
      const decoder = new TextDecoder();
      const reader = body.getReader();
      abort.signal.addEventListener('abort', () => void reader.cancel().catch(() => undefined), { once: true });
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        this.heardAt = this.now();
        parser.feed(decoder.decode(value, { stream: true }));
      }
    } catch {
      // Offline, refused, cut: the pages' own syncs find out and say so.
    } finally {
      if (this.abort === abort) {
        this.abort = undefined;
        // Ended by the server or the network, not by us: try again later, not in a loop.
        if (!abort.signal.aborted) this.nextTry = this.now() + LIVE_RETRY_MS;
      }
    }
  }
}
