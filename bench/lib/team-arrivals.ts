// For bench:popup: the office's changes arriving the way a user gets them. A colleague pushes
// complaints and status changes to a real team server (in this process, PGlite in memory, as
// the team tests run it) while this device's popup is open; the device's worker hears of them
// on the live stream and pulls them, a page of 200 at a time, each written with its search
// index patch in one transaction (src/team/apply-pull.ts). Nothing of it is simulated in the
// extension: the pull, the writes and the popup's refresh are the shipped ones. The server's
// work shares the machine with the browser, which a remote office server would not.
import type { Page } from 'playwright-core';
import type { Member, TeamServer } from '../../scripts/lib/team-server';
import { makeComplaint } from '../../tests/support/complaints';

/** The server takes at most 100 changes in one push (MAX_BATCH). */
const PUSH = 100;

export interface Arrivals {
  /** Complaints new to the device, and status changes to them. */
  fresh: number;
  changed: number;
  /** ms from the start of the pushes until the last one was taken by the server. */
  pushedMs: number;
}

async function push(server: TeamServer, who: Member, changes: unknown[]): Promise<void> {
  const r = await server.api(who.token, 'POST', `/api/offices/${server.officeId}/changes`, { changes });
  if (r.status !== 200) throw new Error(`push: ${r.status} ${JSON.stringify(r.body)}`);
}

/**
 * `count` changes pushed by `who`, in rounds of `round` (four in five a complaint logged, one in
 * five a status change to one logged earlier), `pauseMs` apart: as an office's staff log through
 * a busy hour, compressed. Texts as the log's own, so the popup's searches find them.
 */
export async function colleaguePushes(
  server: TeamServer,
  who: Member,
  count: number,
  round: number,
  pauseMs: number,
): Promise<Arrivals> {
  const t0 = Date.now();
  const logged: string[] = [];
  let fresh = 0;
  let changed = 0;
  for (let done = 0; done < count; done += round) {
    const changes: unknown[] = [];
    for (let k = done; k < Math.min(count, done + round); k++) {
      if (k % 5 === 4 && logged.length > 0) {
        const postKey = logged[(k * 7919) % logged.length] as string;
        changes.push({ key: `bench-status-${k}`, op: 'status', postKey, value: 'resolved', at: Date.now() });
        changed++;
        continue;
      }
      const c = makeComplaint(fresh, {}, Date.now());
      const post = {
        ...c.post,
        key: `x:office${fresh}`,
        postId: `office${fresh}`,
        text: `${c.post.text} office no. ${fresh}`,
      };
      changes.push({ key: `bench-log-${fresh}`, op: 'log', post, analysis: c.analysis, at: Date.now() });
      logged.push(post.key);
      fresh++;
    }
    for (let i = 0; i < changes.length; i += PUSH) await push(server, who, changes.slice(i, i + PUSH));
    await new Promise((resolve) => setTimeout(resolve, pauseMs));
  }
  return { fresh, changed, pushedMs: Date.now() - t0 };
}

/** Waits until the popup's sync line says synced (the live stream is then open). */
export async function waitSynced(popup: Page): Promise<void> {
  await popup.getByTestId('sync-state').and(popup.locator('[data-state="synced"]')).waitFor({ timeout: 60_000 });
}
