// The context-menu entry and the keyboard command: both ask the tab's content script to log
// the post the user pointed at. The worker never touches the page itself.
import browser from 'webextension-polyfill';
import manifest from '../../manifest.json' with { type: 'json' };
import type { ContentCommand } from '../messaging/protocol';

const MENU_ID = 'simak-log-complaint';
const SITES = manifest.host_permissions;

function tellTab(tabId: number | undefined, command: ContentCommand, frameId?: number) {
  if (tabId === undefined || tabId < 0) return;
  // A tab without Simak's content script simply does not answer: nothing to do then.
  void browser.tabs.sendMessage(tabId, command, frameId === undefined ? undefined : { frameId }).catch(() => undefined);
}

export function installPageActions(): void {
  browser.runtime.onInstalled.addListener(() => {
    void browser.contextMenus.removeAll().then(() =>
      browser.contextMenus.create({
        id: MENU_ID,
        title: browser.i18n.getMessage('menuLogComplaint'),
        contexts: ['page', 'link', 'selection', 'image', 'video'],
        documentUrlPatterns: SITES,
      }),
    );
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_ID) tellTab(tab?.id, { type: 'content/log-target', from: 'menu' }, info.frameId);
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'log-complaint') tellTab(tab?.id, { type: 'content/log-target', from: 'command' });
  });
}
