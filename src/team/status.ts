// What the popup and the options page show of the team: who is signed in where, and how the
// sync stands (synced, n waiting, offline, an error and what to do, stopped and why).
import type { TeamErrorCode } from './api';
import type { TeamStop } from './config';
import type { Office } from './views';

export type SyncState =
  /** No team: nothing is ever sent. */
  | 'off'
  /** Signed in; an office must be chosen before anything is shared. */
  | 'choose-office'
  | 'synced'
  /** Local changes wait to be sent (`pending`). */
  | 'waiting'
  | 'offline'
  | 'error'
  /** The server refused the sign-in or the membership: nothing syncs until the user signs in again. */
  | 'stopped';

/** A change of ours the server refused (a complaint a colleague took first, a role too low). */
export interface Refusal {
  postKey: string;
  op: string;
  reason: string;
  at: number;
}

export interface TeamStatus {
  state: SyncState;
  server?: string;
  username?: string;
  office?: Office;
  offices: Office[];
  pending: number;
  lastSyncAt?: number;
  error?: { code: TeamErrorCode | TeamStop | 'no-permission'; message: string };
  /** The local log's revision: a page refreshes its list when it moves. */
  logRevision: number;
  /** The latest refusals, newest first. */
  refused: Refusal[];
}
