// The service worker: routes messages, scores posts with the core, keeps the toolbar badge.
// MV3 may stop it at any moment, so it keeps no state that matters outside Dexie.
import browser, { type Runtime } from 'webextension-polyfill';
import { countNewComplaintsOn } from '../db/complaints';
import { localDay } from '../db/day';
import { db } from '../db/db';
import { loadSettings, onSettingsChanged } from '../settings';
import { analyzePost, applySettings } from './analyzer';
import { deviceId } from './device';
import { makeHandlers } from './handlers';
import { installPageActions } from './page-actions';
import { makeRouter } from './router';

const database = db();

async function refreshBadge() {
  const count = await countNewComplaintsOn(database, localDay());
  await browser.action.setBadgeText({ text: count > 0 ? String(count) : '' });
  await browser.action.setBadgeBackgroundColor({ color: '#b3261e' });
}

const route = makeRouter(
  makeHandlers({
    db: database,
    analyze: analyzePost,
    deviceId: () => deviceId(database),
    onComplaintsChanged: () => void refreshBadge().catch(() => undefined),
  }),
  browser.runtime.id,
  (key, detail) => browser.i18n.getMessage(key, detail),
);

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => route(message, sender));
browser.runtime.onStartup.addListener(() => void refreshBadge().catch(() => undefined));
installPageActions();
// Watch queries and thresholds follow the options page at once, in every scoring after the change.
onSettingsChanged(applySettings);
void loadSettings().then(applySettings).catch(() => undefined);
