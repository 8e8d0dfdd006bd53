// Where the team sign-in lives: rows of the local database's `settings` table, so the pull
// cursor can be moved in the same transaction as the changes it covers. Nothing here exists
// for a user without a team, and then nothing is ever sent anywhere.
import type { SimakDb } from '../db/db';
import type { Office } from './views';

export const TEAM_KEY = 'team';
export const CURSOR_KEY = 'teamCursor';

/** Why syncing stopped until the user acts (signs in again); shown in the popup and options. */
export type TeamStop = 'unauthorised' | 'forbidden';

export interface TeamConfig {
  /** The server's origin, e.g. https://simak.kantor.example: the only host Simak then talks to. */
  server: string;
  token: string;
  username: string;
  /** The offices this account belongs to; `office` is the chosen one (none yet: not syncing). */
  offices: Office[];
  office?: Office;
  /** Set when the server refused the token or the membership: syncing waits for a new sign-in. */
  stopped?: TeamStop;
  signedInAt: number;
}

export async function readTeam(db: SimakDb): Promise<TeamConfig | undefined> {
  const row = await db.settings.get(TEAM_KEY);
  return row?.value && typeof row.value === 'object' ? (row.value as TeamConfig) : undefined;
}

export async function writeTeam(db: SimakDb, team: TeamConfig): Promise<void> {
  await db.settings.put({ key: TEAM_KEY, value: team, updatedAt: Date.now() });
}

/** The team that local changes are queued for: signed in with an office chosen. */
export async function activeTeam(db: SimakDb): Promise<(TeamConfig & { office: Office }) | undefined> {
  const team = await readTeam(db);
  return team?.office ? (team as TeamConfig & { office: Office }) : undefined;
}

export async function readCursor(db: SimakDb): Promise<number> {
  const row = await db.settings.get(CURSOR_KEY);
  return typeof row?.value === 'number' ? row.value : 0;
}

export async function writeCursor(db: SimakDb, cursor: number): Promise<void> {
  await db.settings.put({ key: CURSOR_KEY, value: cursor, updatedAt: Date.now() });
}
