// What every route handler works with: the database, the live stream's hub, the settings,
// and the timer that prunes old idempotency keys and sign-in counters.
import type { Db } from '../db/db';
import { DAY_MS, type Housekeeping } from '../db/housekeeping';
import type { ChangeHub } from '../log/stream';

export interface ServerConfig {
  /** The server's version, from package.json. */
  version: string;
  sessionTtlMs: number;
  /** Longest an invite may stay open. */
  inviteMaxHours: number;
  /** Sign-in attempts per minute from one address (setup and invite use too). */
  loginRatePerMinute: number;
  /** Wrong passwords in a row before an account is locked, and for how long. */
  lockoutAfter: number;
  lockoutMs: number;
  /** How long a change key is kept for answering retries (then pruned). */
  keepKeysMs: number;
  /** Exact origins allowed beside any browser extension's (e.g. an extension pinned by id). */
  allowOrigins: string[];
  /** Only these extension ids (chrome-extension://ID, moz-extension://ID) when not empty. */
  extensionIds: string[];
  tls: boolean;
  /** Behind a reverse proxy: trust its X-Forwarded-For for the caller's address. */
  trustProxy: boolean;
}

export const DEFAULT_CONFIG: ServerConfig = {
  version: '0.0.0',
  sessionTtlMs: 14 * DAY_MS,
  inviteMaxHours: 14 * 24,
  loginRatePerMinute: 30,
  lockoutAfter: 5,
  lockoutMs: 15 * 60_000,
  keepKeysMs: 30 * DAY_MS,
  allowOrigins: [],
  extensionIds: [],
  tls: false,
  trustProxy: false,
};

export interface Ctx {
  db: Db;
  hub: ChangeHub;
  config: ServerConfig;
  housekeeping: Housekeeping;
}
