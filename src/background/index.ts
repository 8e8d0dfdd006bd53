// The service worker: routes messages, scores posts with the core, keeps the toolbar badge.
// MV3 may stop it at any moment, so it keeps no state that matters outside Dexie.
import browser, { type Runtime } from 'webextension-polyfill';
import { countNewComplaintsOn } from '../db/complaints';
import { localDay } from '../db/day';
import { db } from '../db/db';
import { loadSettings, onSettingsChanged } from '../settings-store';
import { oneAtATime } from './badge-count';
import { deviceId } from './device';
import { makeWorker } from './handlers';
import { installPageActions } from './page-actions';
import { makeRouter } from './router';
import { installTeamSync } from './team-sync';
import { WorkerSettings } from './worker-settings';

const database = db();

// Settings apply live: read once per worker life, then followed through storage.onChanged.
const settings = new WorkerSettings();
const settingsLoaded = loadSettings()
  .then((s) => settings.apply(s))
  .catch(() => undefined);
// Counted by the handlers' way (from the search index when the worker holds it: badge-count.ts),
// one count at a time; at the browser's start, from the log.
let countNew: () => Promise<number> = () => countNewComplaintsOn(database, localDay());
const refreshBadge = oneAtATime(async () => {
  const count = await countNew();
  await browser.action.setBadgeText({ text: count > 0 ? String(count) : '' });
  await browser.action.setBadgeBackgroundColor({ color: '#b3261e' });
});

const worker = makeWorker({
  db: database,
  analyze: (post) => settings.analyze(post),
  siteEnabled: (site) => settings.readsSite(site),
  settingsGeneration: () => settings.generation,
  browserLocale: () => browser.i18n.getUILanguage(),
  deviceId: () => deviceId(database),
  onComplaintsChanged: (newToday) => {
    countNew = newToday;
    void refreshBadge();
  },
  hostAllowed: (origin) => browser.permissions.contains({ origins: [`${origin}/*`] }),
  onTeamChanged: (signedIn) => void teamSync.schedule(signedIn),
});
const { handlers } = worker;
const teamSync = installTeamSync(database, () => handlers['team/sync']({ type: 'team/sync' }));
const route = makeRouter(
  handlers,
  { id: browser.runtime.id, pagesOrigin: browser.runtime.getURL('') },
  { describe: (key, detail) => browser.i18n.getMessage(key, detail) },
);

// Retention runs at each worker start, when the setting changes, and on the first message of a
// new local day (a worker kept busy by scrolling can live for days).
let retentionDay = '';
async function enforceRetention() {
  await settingsLoaded;
  retentionDay = localDay();
  // Through the worker's search index: its copy, and the open popup, follow the deletion.
  await worker.applyRetention(settings.current.retentionDays);
}
onSettingsChanged((s) => {
  settings.apply(s);
  void enforceRetention().catch(() => undefined);
});
void enforceRetention().catch(() => undefined);

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  if (retentionDay && retentionDay !== localDay()) void enforceRetention().catch(() => undefined);
  return route(message, sender);
});
browser.runtime.onStartup.addListener(() => void refreshBadge());
installPageActions();
