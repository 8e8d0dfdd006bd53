// The client bound to the extension's runtime messaging (client.ts stays free of browser APIs,
// so its tests run in Node).
import browser from 'webextension-polyfill';
import { type Ask, makeClient } from './client';
import type { Message } from './protocol';

/** Asks the worker through runtime.sendMessage. */
export const askWorker: Ask<Message> = makeClient((message) => browser.runtime.sendMessage(message));
