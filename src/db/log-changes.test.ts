import { describe, expect, it } from 'vitest';
import { announceLogChanged, followLogChanges, type LogChanged, onLogChanged } from './log-changes';

/** The next message on a channel of this name: another context listening. */
function nextMessage(name: string): Promise<LogChanged> {
  return new Promise((resolve) => {
    const channel = new BroadcastChannel(name);
    channel.onmessage = (event: MessageEvent<LogChanged>) => {
      channel.close();
      resolve(event.data);
    };
  });
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));
// What must arrive is polled for; a settle stays only before asserting that nothing arrived.
const POLL = { timeout: 10_000, interval: 10 };

describe('log change news', () => {
  const news: LogChanged = {
    from: 3,
    to: 4,
    changes: [['01A', null]],
    rows: [],
  };

  it('reaches a follower in this context once, as the very object sent (no copy), and other contexts in full', async () => {
    const db = `news-${Math.random()}`;
    const heard: LogChanged[] = [];
    const stop = followLogChanges(db, (n) => heard.push(n));
    const elsewhere = nextMessage(`simak-complaint-log:${db}`);
    try {
      announceLogChanged(db, news);
      expect(heard).toEqual([]);
      expect(await elsewhere).toEqual(news);
      await expect.poll(() => heard.length, POLL).toBe(1);
      expect(heard[0]).toBe(news);
    } finally {
      stop();
    }
  });

  it('tells pages only which revisions changed, in this context and others', async () => {
    const db = `news-${Math.random()}`;
    const heard: LogChanged[] = [];
    const stop = onLogChanged(db, (n) => heard.push(n));
    const elsewhere = nextMessage(`simak-complaint-log-pages:${db}`);
    try {
      announceLogChanged(db, news);
      expect(await elsewhere).toEqual({ from: 3, to: 4 });
      await expect.poll(() => heard, POLL).toEqual([{ from: 3, to: 4 }]);
    } finally {
      stop();
    }
  });

  it('hears news sent from another context, and nothing once unsubscribed', async () => {
    const db = `news-${Math.random()}`;
    const pages: LogChanged[] = [];
    const index: LogChanged[] = [];
    const stopPage = onLogChanged(db, (n) => pages.push(n));
    const stopIndex = followLogChanges(db, (n) => index.push(n));
    const other = new BroadcastChannel(`simak-complaint-log:${db}`);
    other.postMessage(news);
    await expect.poll(() => index, POLL).toEqual([news]);
    expect(pages).toEqual([]);
    stopPage();
    stopIndex();
    other.postMessage(news);
    announceLogChanged(db, news);
    await settle();
    other.close();
    expect(index).toHaveLength(1);
    expect(pages).toHaveLength(0);
  });
});
