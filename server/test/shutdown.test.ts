// Stopping the server (SIGTERM, a deploy) with staff on the live stream: their streams end and
// the server closes, rather than waiting for every open popup to go away.
import { describe, expect, it } from 'vitest';
import { BACKENDS, startServer } from './harness';

describe.each(BACKENDS)('shutdown on %s', (backend) => {
  it('ends open live streams and closes', async () => {
    const s = await startServer(backend);
    let closed = false;
    try {
      await s.setup();
      const agent = await s.member('agent');
      const res = await fetch(`${s.base}/api/offices/${s.officeId}/stream?since=0`, {
        headers: { authorization: `Bearer ${agent.token}` },
      });
      if (!res.body) throw new Error('no stream body');
      const reader = res.body.getReader();
      await reader.read(); // the stream's first line: it is open
      await s.close();
      closed = true;
      // The client sees its stream end (then reconnects elsewhere, or says offline).
      let done = false;
      while (!done) done = (await reader.read()).done;
      expect(done).toBe(true);
    } finally {
      if (!closed) await s.close();
    }
  });
});
