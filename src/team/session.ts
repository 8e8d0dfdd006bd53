// Joining and leaving an office's team server: sign in (password or invite code), choose the
// office, sign out keeping or clearing the team's data. The server's address and the token
// stay in the local database; the password is sent once, to that server, and never kept.
import type { SimakDb } from '../db/db';
import { bumpRevision } from '../db/revision';
import type { TeamApi } from './api';
import { CURSOR_KEY, readTeam, TEAM_KEY, type TeamConfig, writeTeam } from './config';
import { unsharedCount } from './local-writes';

export type Credentials =
  | { mode: 'password'; username: string; password: string }
  | { mode: 'invite'; code: string; username: string; password: string };

export interface SignedIn {
  team: TeamConfig;
  /** Complaints of this device not yet in the office: the user is asked whether to upload them. */
  unshared: number;
}

/**
 * `unshared`: counts the local complaints not yet shared; the worker asks its search index
 * (reading 100,000 complaints to count them took the sign-in 10-20 s on two busy cores).
 */
export async function signIn(
  db: SimakDb,
  api: TeamApi,
  creds: Credentials,
  now = Date.now(),
  unshared: () => Promise<number> = () => unsharedCount(db),
): Promise<SignedIn> {
  const session =
    creds.mode === 'password'
      ? await api.login(creds.username.trim(), creds.password)
      : await api.acceptInvite(creds.code.trim(), creds.username.trim(), creds.password);
  const me = await api.withToken(session.token).me();
  const only = me.offices.length === 1 ? me.offices[0] : undefined;
  const team: TeamConfig = {
    server: api.origin,
    token: session.token,
    username: session.username,
    offices: me.offices,
    ...(only ? { office: only } : {}),
    signedInAt: now,
  };
  await db.transaction('rw', db.settings, db.outbox, async () => {
    await writeTeam(db, team);
    // Another server or office means another change log: read it from its start.
    await db.settings.delete(CURSOR_KEY);
    await db.outbox.clear();
  });
  return { team, unshared: await unshared() };
}

export async function chooseOffice(db: SimakDb, officeId: number): Promise<TeamConfig> {
  return db.transaction('rw', db.settings, db.outbox, async () => {
    const team = await readTeam(db);
    const office = team?.offices.find((o) => o.id === officeId);
    if (!team || !office) throw new Error('not a member of this office');
    const next = { ...team, office };
    if (team.office?.id !== officeId) {
      await db.settings.delete(CURSOR_KEY);
      await db.outbox.clear();
    }
    await writeTeam(db, next);
    return next;
  });
}

/**
 * Leaves the team. `keepData`: the shared complaints stay in the local log (read-only news of
 * who handled what); otherwise the colleagues' complaints are deleted here and the user's own
 * become plain local complaints again. Queued changes not yet sent are dropped either way.
 */
export async function signOut(db: SimakDb, api: TeamApi | undefined, keepData: boolean): Promise<void> {
  const team = await readTeam(db);
  // Best effort: the token dies on the server too; offline, it expires there by itself.
  if (api && team && !team.stopped) await api.logout().catch(() => undefined);
  await db.transaction('rw', [db.settings, db.outbox, db.complaints, db.searchChunks], async () => {
    await db.settings.delete(TEAM_KEY);
    await db.settings.delete(CURSOR_KEY);
    await db.outbox.clear();
    if (keepData || !team) return;
    const shared = await db.complaints.filter((c) => !!c.team).toArray();
    for (const c of shared) {
      if (c.team?.loggers.includes(team.username)) {
        const { team: _, ...own } = c;
        await db.complaints.put(own);
      } else await db.complaints.delete(c.id);
    }
    if (shared.length > 0) {
      // The saved search index and the CSV copy (searchChunks) hold the deleted complaints'
      // texts and notes: drop them too (both are made again from what is left), or colleagues'
      // complaints, which may name illnesses, would stay on this device after "clear".
      await db.searchChunks.clear();
      await bumpRevision(db);
    }
  });
}
