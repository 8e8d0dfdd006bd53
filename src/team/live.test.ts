// The live stream: news for each `changes` event however the bytes are cut, nothing for pings
// or other events; one stream however often pages hold it; closed when they stop; after the
// server ends it, not reopened in a loop. Then against the real team server: a colleague's push
// reaches the holder's stream, and the pull it triggers brings the complaint.
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { TeamServer } from '../../scripts/lib/team-server';
import { makeComplaint } from '../../tests/support/complaints';
import { SimakDb } from '../db/db';
import { TeamApi } from './api';
import { readCursor } from './config';
import { SyncEngine } from './engine';
import { LIVE_HOLD_MS, LIVE_RETRY_MS, LIVE_SILENT_MS, LiveStream } from './live';
import { logShared } from './local-writes';
import { signIn } from './session';

/** A byte stream the test writes to, and whether its reader cancelled it. */
function handStream() {
  let push: (text: string) => void = () => undefined;
  let end: () => void = () => undefined;
  const state = { cancelled: false };
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      push = (text) => controller.enqueue(new TextEncoder().encode(text));
      end = () => controller.close();
    },
    cancel() {
      state.cancelled = true;
    },
  });
  return { body, push: (t: string) => push(t), end: () => end(), state };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('live stream, by hand', () => {
  it('tells news once per changes event, wherever the chunks are cut, and ignores pings and other events', async () => {
    const s = handStream();
    const onNews = vi.fn();
    const live = new LiveStream({ open: async () => s.body, onNews });
    live.hold();
    await tick();
    s.push('retry: 3000\n\n: ping\n\n');
    s.push('event: chan');
    s.push('ges\nid: 7\ndata: {"changes":[]}\n');
    s.push('\nevent: other\ndata: x\n\n');
    s.push('event: changes\r\nid: 8\r\ndata: {}\r\n\r\n');
    await vi.waitFor(() => expect(onNews).toHaveBeenCalledTimes(2));
    live.close();
  });

  it('opens one stream however often pages hold it, and closes it once they stop', async () => {
    vi.useFakeTimers();
    try {
      const s = handStream();
      const open = vi.fn(async () => s.body);
      const live = new LiveStream({ open, onNews: () => undefined });
      live.hold();
      await vi.advanceTimersByTimeAsync(3_000);
      live.hold();
      await vi.advanceTimersByTimeAsync(3_000);
      live.hold();
      expect(open).toHaveBeenCalledTimes(1);
      expect(live.open).toBe(true);
      // No page syncs any more: the stream closes after the hold.
      await vi.advanceTimersByTimeAsync(LIVE_HOLD_MS + 10);
      expect(live.open).toBe(false);
      expect(s.state.cancelled).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('after the server ends the stream, waits before opening another', async () => {
    let now = 1_000_000;
    const streams: ReturnType<typeof handStream>[] = [];
    const live = new LiveStream({
      open: async () => {
        const s = handStream();
        streams.push(s);
        return s.body;
      },
      onNews: () => undefined,
      now: () => now,
    });
    live.hold();
    await tick();
    streams[0]?.end();
    await vi.waitFor(() => expect(live.open).toBe(false));
    live.hold();
    expect(streams).toHaveLength(1);
    now += LIVE_RETRY_MS;
    live.hold();
    expect(streams).toHaveLength(2);
    live.close();
  });

  it("a stream silent past the server's pings is dropped and opened anew; one that pings is kept", async () => {
    let now = 1_000_000;
    const streams: ReturnType<typeof handStream>[] = [];
    const live = new LiveStream({
      open: async () => {
        const s = handStream();
        streams.push(s);
        return s.body;
      },
      onNews: () => undefined,
      now: () => now,
    });
    live.hold();
    await tick();
    // Pinging: kept however long the page stays.
    for (let i = 0; i < 4; i++) {
      now += LIVE_SILENT_MS / 2;
      streams[0]?.push(': ping\n\n');
      await tick();
      live.hold();
    }
    expect(streams).toHaveLength(1);
    expect(streams[0]?.state.cancelled).toBe(false);
    // Silent: the next hold drops it and opens another.
    now += LIVE_SILENT_MS + 1;
    live.hold();
    expect(streams[0]?.state.cancelled).toBe(true);
    await tick();
    expect(streams).toHaveLength(2);
    expect(live.open).toBe(true);
    live.close();
  });

  it('a stream that cannot open (offline, no team) leaves it closed', async () => {
    const live = new LiveStream({
      open: async () => {
        throw new Error('offline');
      },
      onNews: () => undefined,
    });
    live.hold();
    await vi.waitFor(() => expect(live.open).toBe(false));
    const none = new LiveStream({ open: async () => undefined, onNews: () => undefined });
    none.hold();
    await vi.waitFor(() => expect(none.open).toBe(false));
    live.close();
    none.close();
  });
});

describe('live stream, against the team server', () => {
  let server: TeamServer;
  beforeAll(async () => {
    server = await TeamServer.start();
  }, 60_000);
  afterAll(async () => {
    await server?.close();
  });

  async function device(name: string) {
    const db = new SimakDb(`live-${name}`);
    const member = await server.member(name);
    const api = (origin: string, token?: string) => new TeamApi(origin, token);
    await signIn(db, api(server.base), { mode: 'password', username: member.username, password: member.password });
    return { db, engine: new SyncEngine({ db, api }), api: api(server.base, member.token) };
  }

  it('a colleague’s push reaches the holder’s stream, and the pull it starts brings the complaint', async () => {
    const a = await device('ani');
    const b = await device('budi');
    await b.engine.sync();
    const news = vi.fn(() => void b.engine.sync());
    const live = new LiveStream({
      open: async (signal) => b.api.stream(server.officeId, await readCursor(b.db), signal),
      onNews: news,
    });
    live.hold();
    try {
      await vi.waitFor(() => expect(live.open).toBe(true));
      const c = makeComplaint(4242);
      await logShared(a.db, c.post, c.analysis, 'dev-a');
      await a.engine.sync();
      await vi.waitFor(() => expect(news).toHaveBeenCalled(), { timeout: 10_000 });
      await vi.waitFor(async () => expect(await b.db.complaints.where('postKey').equals(c.postKey).count()).toBe(1), {
        timeout: 10_000,
      });
    } finally {
      live.close();
    }
    expect(live.open).toBe(false);
  });

  it('a revoked token opens no stream', async () => {
    const c = await device('citra');
    const member = await server.member('dedi');
    await server.revoke(member);
    const open = new AbortController();
    const body = await c.api.stream(server.officeId, 0, open.signal);
    expect(body).toBeInstanceOf(ReadableStream);
    await body.cancel();
    await expect(
      new TeamApi(server.base, member.token).stream(server.officeId, 0, new AbortController().signal),
    ).rejects.toMatchObject({ code: expect.stringMatching(/unauthorised|forbidden/) });
  });
});
