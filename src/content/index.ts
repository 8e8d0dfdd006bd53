// Content script entry: pick the site adapter, watch the feed, send visible posts to the
// worker, badge them, and log a complaint on click. It reads only what the page already
// shows, and never acts on the account.
import * as v from 'valibot';
import browser, { type Runtime } from 'webextension-polyfill';
import { useDictionary } from '../i18n/translate';
import { ContentCommandSchema } from '../messaging/protocol';
import type { Language } from '../settings';
import { loadSettings, onSettingsChanged } from '../settings-store';
import { adapterFor } from '../sites';
import {
  annotate,
  type BadgeActions,
  logPostAt,
  redrawAnnotations,
  removeAnnotations,
  useCategoryLabels,
} from './annotation';
import { FeedWatcher } from './feed-watcher';
import { send } from './messaging';
import { measure } from './profile';

const BATCH_LIMIT = 100;

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

/** Where the pointer and the last right-click were: cheap passive listeners, read on demand. */
const pointer = { x: -1, y: -1 };
let lastContextTarget: EventTarget | null = null;

function listenForCommands(): void {
  document.addEventListener(
    'pointermove',
    (e) => {
      pointer.x = e.clientX;
      pointer.y = e.clientY;
    },
    { passive: true },
  );
  document.addEventListener(
    'contextmenu',
    (e) => {
      lastContextTarget = e.target;
    },
    { passive: true, capture: true },
  );
  browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    const parsed = v.safeParse(ContentCommandSchema, raw);
    if (!parsed.success) return undefined;
    const target =
      parsed.output.from === 'menu'
        ? (lastContextTarget as Node | null)
        : ((document.activeElement !== document.body ? document.activeElement : null) ??
          document.elementFromPoint(pointer.x, pointer.y));
    return Promise.resolve({ ok: true, value: { logged: logPostAt(target) } });
  });
}

const adapter = adapterFor(new URL(location.href));
if (adapter) {
  const watcher = new FeedWatcher({
    adapter,
    root: document,
    onVisible: async (batch, skipped) => {
      // The protocol caps a batch at 200 posts; a long saved page can show more at once.
      for (let i = 0; i === 0 || i < batch.length; i += BATCH_LIMIT) {
        const part = batch.slice(i, i + BATCH_LIMIT);
        const reply = await send({
          type: 'posts/seen',
          posts: part.map((b) => b.post),
          skipped: i === 0 ? skipped : {},
        });
        if (!reply.ok) {
          // No answer from the worker (stopped, restarting): ask again later, or no badge ever.
          if (reply.error.code === 'internal') watcher.retry(part);
          continue;
        }
        watcher.answered();
        const started = performance.now();
        for (const { post, element, visibleAt } of part) {
          const analysis = reply.value.analyses[post.key];
          if (!analysis || !element.isConnected) continue;
          annotate(element, post, analysis, actions);
          measure('badge', visibleAt);
        }
        measure('annotate', started, { posts: part.length });
      }
    },
  });
  listenForCommands();
  // Settings apply live: a site switched off loses its badges at once; any other change
  // (watch queries, thresholds) re-reports the posts on screen, which the worker re-scores.
  let started = false;
  let language: Language | undefined;
  /** Badge strings in the language chosen for Simak (the browser's when "auto"). */
  const applyLanguage = async (next: Language) => {
    if (next === language) return;
    const reply = await send({ type: 'page/strings', language: next });
    if (!reply.ok) return; // the next settings change asks again
    language = next;
    useDictionary(reply.value.messages ?? undefined);
    useCategoryLabels(reply.value.categories);
  };
  const apply = (on: boolean) => {
    if (!on) {
      watcher.stop();
      removeAnnotations(document);
    } else if (started) watcher.restart();
    else watcher.start();
    started ||= on;
  };
  // Badges start at once; the chosen language's strings follow and redraw them if they differ
  // from the browser's (a worker slow to answer must not hold the badges back).
  void loadSettings()
    .catch(() => undefined)
    .then((s) => {
      const on = s ? s.sites[adapter.site] : true;
      apply(on);
      void applyLanguage(s?.language ?? 'auto').then(
        () => redrawAnnotations(document),
        () => undefined,
      );
    });
  onSettingsChanged((s) => {
    apply(s.sites[adapter.site]);
    void applyLanguage(s.language).then(
      () => redrawAnnotations(document),
      () => undefined,
    );
  });
  // Marks the page for tests and `npm run extract`: the content script is running here.
  document.documentElement.dataset.simak = 'ready';
}
