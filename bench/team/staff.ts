// One simulated staff member: logs posts (sometimes posts a colleague logged too), triages what
// the office has logged, pulls every 30 s, and now and then sends a push twice as a client whose
// answer was lost would. Records every key it sent and every answer it got.
import { samplePost } from './posts';

export interface Sent {
  key: string;
  status: string;
  duplicate: boolean;
}

export interface StaffResult {
  pushMs: number[];
  pullMs: number[];
  sent: Sent[];
  errors: number;
  streamEvents: number;
}

const sleep = (ms: number, stop: AbortSignal) =>
  new Promise<void>((resolve) => {
    const done = () => {
      clearTimeout(t);
      stop.removeEventListener('abort', done);
      resolve();
    };
    const t = setTimeout(done, ms);
    stop.addEventListener('abort', done, { once: true });
  });

let keyN = 0;
const newKey = (who: string) => `b-${who}-${Date.now().toString(36)}-${++keyN}`;

export async function staff(opts: {
  base: string;
  token: string;
  username: string;
  officeId: number;
  postPool: number;
  stream: boolean;
  stop: AbortSignal;
  pullEveryMs: number;
  actEveryMs: number;
}): Promise<StaffResult> {
  const r: StaffResult = { pushMs: [], pullMs: [], sent: [], errors: 0, streamEvents: 0 };
  const office = `${opts.base}/api/offices/${opts.officeId}`;
  const headers = { authorization: `Bearer ${opts.token}`, 'content-type': 'application/json' };
  const known: string[] = [];
  let cursor = 0;

  const pull = async () => {
    for (let more = true; more && !opts.stop.aborted; ) {
      const t0 = performance.now();
      const res = await fetch(`${office}/changes?since=${cursor}&limit=500`, { headers });
      const body = (await res.json()) as { changes: { postKey: string }[]; cursor: number; more: boolean };
      r.pullMs.push(performance.now() - t0);
      if (!res.ok) throw new Error(`pull ${res.status}`);
      for (const c of body.changes) known.push(c.postKey);
      if (known.length > 2000) known.splice(0, known.length - 2000);
      cursor = body.cursor;
      more = body.more;
    }
  };

  const push = async (changes: { key: string }[]) => {
    const t0 = performance.now();
    const res = await fetch(`${office}/changes`, { method: 'POST', headers, body: JSON.stringify({ changes }) });
    const body = (await res.json()) as { results: { key: string; status: string; duplicate?: boolean }[] };
    r.pushMs.push(performance.now() - t0);
    if (!res.ok) throw new Error(`push ${res.status}`);
    for (const x of body.results) r.sent.push({ key: x.key, status: x.status, duplicate: !!x.duplicate });
  };

  const act = () => {
    const batch: Record<string, unknown>[] = [];
    const n = 1 + Math.floor(Math.random() * 3);
    for (let i = 0; i < n; i++) {
      const target = known[Math.floor(Math.random() * known.length)];
      if (!target || Math.random() < 0.4) {
        const p = samplePost(`${opts.officeId}-${Math.floor(Math.random() * opts.postPool)}`);
        known.push(p.post.key);
        batch.push({ key: newKey(opts.username), op: 'log', ...p });
        continue;
      }
      const roll = Math.random();
      const base = { key: newKey(opts.username), postKey: target, at: Date.now() };
      if (roll < 0.35)
        batch.push({
          ...base,
          op: 'status',
          value: ['new', 'in-progress', 'resolved', 'dismissed'][Math.floor(Math.random() * 4)],
        });
      else if (roll < 0.55)
        batch.push({
          ...base,
          op: 'priority',
          value: ['low', 'normal', 'high', 'urgent'][Math.floor(Math.random() * 4)],
        });
      else if (roll < 0.8) batch.push({ ...base, op: 'note', value: `dicek oleh ${opts.username}` });
      else batch.push({ ...base, op: 'assign', value: Math.random() < 0.5 ? opts.username : null });
    }
    return batch as { key: string }[];
  };

  // As a real client does: pull first, then open the stream from its cursor.
  async function listen() {
    try {
      const res = await fetch(`${office}/stream?since=${cursor}`, { headers, signal: opts.stop });
      const reader = res.body?.getReader();
      if (!reader) return;
      const dec = new TextDecoder();
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        r.streamEvents += (dec.decode(value).match(/event: changes/g) ?? []).length;
      }
    } catch {
      // aborted at the end of the run
    }
  }

  // Staggered starts: real staff do not all arrive in the same second.
  await sleep(Math.random() * opts.pullEveryMs, opts.stop);
  let nextPull = 0;
  let streaming = false;
  while (!opts.stop.aborted) {
    try {
      if (performance.now() >= nextPull) {
        await pull();
        nextPull = performance.now() + opts.pullEveryMs;
        if (opts.stream && !streaming) {
          streaming = true;
          void listen();
        }
      }
      const batch = act();
      await push(batch);
      // One push in twenty is sent again with the same keys: a retry after a lost answer.
      if (Math.random() < 0.05) await push(batch);
    } catch {
      r.errors++;
    }
    await sleep(opts.actEveryMs * (0.5 + Math.random()), opts.stop);
  }
  return r;
}
