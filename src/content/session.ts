// One content session on one site: the feed watcher, the badges and the listeners for the
// keyboard command and the context menu, all under one AbortSignal. Aborting it (the site was
// switched off, the extension was updated or reloaded) removes every listener, observer and
// badge at once.
import * as v from 'valibot';
import browser, { type Runtime } from 'webextension-polyfill';
import { ContentCommandSchema } from '../messaging/protocol';
import type { SiteAdapter } from '../sites/types';
import { type BadgeActions, Badges } from './annotation';
import { FeedWatcher } from './feed-watcher';
import { send } from './messaging';
import { measure } from './profile';

const BATCH_LIMIT = 100;
/** The menu logs the post of a right-click this recent, never one from long ago. */
const MENU_TARGET_MS = 60_000;

const actions: BadgeActions = {
  async log(post) {
    const started = performance.now();
    const reply = await send({ type: 'complaint/log', post });
    measure('log', started);
    return reply.ok ? { ok: true, ...reply.value } : { ok: false, message: reply.error.message };
  },
  async undo(id) {
    const reply = await send({ type: 'complaint/undo', id });
    return reply.ok && reply.value.removed;
  },
};

/** The extension was reloaded or updated: this copy of the content script is orphaned. */
export const orphaned = () => {
  try {
    return !browser.runtime?.id;
  } catch {
    return true;
  }
};

/**
 * The keyboard command logs the post under the pointer (or, without one, the focused post);
 * the menu logs the post of the last right-click. Only a person's events count: a page script
 * can move neither by dispatching synthetic ones, and a synthetic right-click clears the
 * menu's target, so a page that swallows the real one and fakes another logs nothing. Focus is
 * the person's only where their last key or press left it: a page's `focus()` call fires
 * trusted focus events, so those cannot tell.
 */
function listenForCommands(badges: Badges, signal: AbortSignal): void {
  const pointer = { x: -1, y: -1 };
  let menuTarget: { node: EventTarget | null; at: number } | null = null;
  const opts = { passive: true, capture: true, signal };
  addEventListener(
    'pointermove',
    (e) => {
      if (!e.isTrusted) return;
      pointer.x = e.clientX;
      pointer.y = e.clientY;
    },
    opts,
  );
  let pressed: EventTarget | null = null;
  const press = (e: Event) => {
    if (e.isTrusted) pressed = e.target;
  };
  addEventListener('keyup', press, opts);
  addEventListener('pointerdown', press, opts);
  addEventListener('contextmenu', (e) => (menuTarget = e.isTrusted ? { node: e.target, at: e.timeStamp } : null), opts);
  const listener = (raw: unknown, sender: Runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    const parsed = v.safeParse(ContentCommandSchema, raw);
    if (!parsed.success) return undefined;
    let target: Node | null = null;
    if (parsed.output.from === 'menu') {
      if (menuTarget && performance.now() - menuTarget.at < MENU_TARGET_MS) target = menuTarget.node as Node | null;
      menuTarget = null;
    } else {
      const active = document.activeElement;
      const focused =
        active && active !== document.body && pressed instanceof Node && active.contains(pressed) ? active : null;
      const pointed = pointer.x >= 0 ? document.elementFromPoint(pointer.x, pointer.y) : null;
      target = pointed ?? focused;
    }
    return Promise.resolve({ ok: true, value: { logged: badges.logPostAt(target) } });
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), { once: true });
}

export interface SessionOptions {
  adapter: SiteAdapter;
  categoryLabels: Record<string, string>;
  full: boolean;
}

export interface Session {
  controller: AbortController;
  badges: Badges;
  /** The settings changed: report the posts on screen again, to be scored anew. */
  restart(): void;
}

export function startSession({ adapter, categoryLabels, full }: SessionOptions): Session {
  const controller = new AbortController();
  const { signal } = controller;
  const badges = new Badges(adapter.badgeSlot, signal);
  badges.useCategoryLabels(categoryLabels);
  badges.useFull(full);
  const watcher = new FeedWatcher({
    adapter,
    root: document,
    onVisible: async (batch, skipped) => {
      if (orphaned()) controller.abort();
      // The protocol caps a batch at 200 posts; a long saved page can show more at once.
      for (let i = 0; (i === 0 || i < batch.length) && !signal.aborted; i += BATCH_LIMIT) {
        const part = batch.slice(i, i + BATCH_LIMIT);
        const reply = await send({
          type: 'posts/seen',
          posts: part.map((b) => b.post),
          skipped: i === 0 ? skipped : {},
        });
        if (signal.aborted) return;
        if (!reply.ok) {
          // No answer from the worker (stopped, restarting): ask again later, or no badge ever.
          if (orphaned()) controller.abort();
          else if (reply.error.code === 'internal') watcher.retry(part);
          continue;
        }
        watcher.answered();
        const started = performance.now();
        const drawn: number[] = [];
        for (const { post, element, visibleAt } of part) {
          const analysis = reply.value.analyses[post.key];
          if (!analysis || !element.isConnected) continue;
          badges.annotate(element, post, analysis, actions);
          drawn.push(visibleAt);
        }
        // The chips are placed in a microtask after the batch: measured once they are.
        await Promise.resolve();
        for (const visibleAt of drawn) measure('badge', visibleAt);
        measure('annotate', started, { posts: part.length });
      }
    },
  });
  signal.addEventListener('abort', () => watcher.stop(), { once: true });
  listenForCommands(badges, signal);
  watcher.start();
  return { controller, badges, restart: () => signal.aborted || watcher.restart() };
}
