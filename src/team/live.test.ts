// The live stream: news for each `changes` event however the bytes are cut, nothing for pings
// or other events; one stream however often pages hold it; closed when they stop; after the
// server ends it, not reopened in a loop; replaced when silent. Against the real team server:
// sync.test.ts.
import { describe, expect, it, vi } from 'vitest';
import { LIVE_HOLD_MS, LIVE_RETRY_MS, LIVE_SILENT_MS, LiveStream } from './live';

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

/** A live stream on a clock the test moves, opening a new hand stream at each open. */
function clockedLive() {
  const clock = { now: 1_000_000 };
  const streams: ReturnType<typeof handStream>[] = [];
  const live = new LiveStream({
    open: async () => {
      const s = handStream();
      streams.push(s);
      return s.body;
    },
    onNews: () => undefined,
    now: () => clock.now,
  });
  return { live, streams, clock };
}

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
    const { live, streams, clock } = clockedLive();
    live.hold();
    await tick();
    streams[0]?.end();
    await vi.waitFor(() => expect(live.open).toBe(false));
    live.hold();
    expect(streams).toHaveLength(1);
    clock.now += LIVE_RETRY_MS;
    live.hold();
    expect(streams).toHaveLength(2);
    live.close();
  });

  it("a stream silent past the server's pings is dropped and opened anew; one that pings is kept", async () => {
    const { live, streams, clock } = clockedLive();
    live.hold();
    await tick();
    // Pinging: kept however long the page stays.
    for (let i = 0; i < 4; i++) {
      clock.now += LIVE_SILENT_MS / 2;
      streams[0]?.push(': ping\n\n');
      await tick();
      live.hold();
    }
    expect(streams).toHaveLength(1);
    expect(streams[0]?.state.cancelled).toBe(false);
    // Silent: the next hold drops it and opens another.
    clock.now += LIVE_SILENT_MS + 1;
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
