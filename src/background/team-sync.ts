// When the worker syncs with the team server: at its start, after each local change (the
// handlers), on a periodic alarm while signed in, and every few seconds while a popup or
// dashboard asks (team/sync). Without a team no alarm exists and nothing runs.
import browser from 'webextension-polyfill';
import type { SimakDb } from '../db/db';
import { activeTeam } from '../team/config';

const ALARM = 'simak-team-sync';
/** Chromium runs an extension's alarm at most every 30 s; once a minute is plenty when no page is open. */
const PERIOD_MINUTES = 1;

export function installTeamSync(db: SimakDb, sync: () => Promise<unknown>) {
  const run = () => void sync().catch(() => undefined);
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) run();
  });
  const schedule = async (signedIn: boolean) => {
    if (signedIn) await browser.alarms.create(ALARM, { periodInMinutes: PERIOD_MINUTES });
    else await browser.alarms.clear(ALARM);
  };
  // At the worker's start: catch up, and make sure the alarm exists (it survives restarts, but
  // not a browser profile copied without it).
  void activeTeam(db)
    .then(async (team) => {
      if (!team) return;
      await schedule(true);
      run();
    })
    .catch(() => undefined);
  return { schedule };
}
