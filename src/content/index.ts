// Content script entry: pick the site adapter and run one content session (session.ts) while
// the site is switched on. It reads only what the page already shows, never acts on the
// account, and leaves nothing in the page but the badge hosts: no marker, no setting.

import { useDictionary } from '../i18n/translate';
import type { Language, Settings } from '../settings';
import { loadSettings, onSettingsChanged } from '../settings-store';
import { adapterFor } from '../sites';
import type { SiteAdapter } from '../sites/types';
import { send } from './messaging';
import { orphaned, type Session, startSession } from './session';

function run(adapter: SiteAdapter): void {
  /** Everything this copy of the content script set up; aborted when the extension goes away. */
  const life = new AbortController();
  let session: Session | undefined;
  let categoryLabels: Record<string, string> = {};
  let full = false;
  let language: Language | undefined;

  const stop = () => {
    session?.controller.abort();
    session = undefined;
  };
  life.signal.addEventListener('abort', stop, { once: true });

  /** Badge strings in the language chosen for Simak (the browser's when "auto"). */
  const applyLanguage = async (next: Language) => {
    if (next === language) return;
    const reply = await send({ type: 'page/strings', language: next });
    if (!reply.ok) {
      if (orphaned()) life.abort();
      return; // the next settings change asks again
    }
    language = next;
    useDictionary(reply.value.messages ?? undefined);
    categoryLabels = reply.value.categories;
    session?.badges.useCategoryLabels(categoryLabels);
    session?.badges.redraw();
  };

  // Settings apply live: a site switched off loses its badges at once; any other change
  // (watch queries, thresholds) re-reports the posts on screen, which the worker re-scores.
  const apply = (s: Settings | undefined) => {
    if (life.signal.aborted) return;
    const on = s ? s.sites[adapter.site] : true;
    const nextFull = s?.badgeFull ?? false;
    if (!on) stop();
    else if (!session) session = startSession({ adapter, categoryLabels, full: nextFull });
    else if (nextFull !== full) {
      session.badges.useFull(nextFull);
      session.badges.redraw();
      session.restart();
    } else session.restart();
    full = nextFull;
    // Badges start at once; the chosen language's strings follow and redraw them if they
    // differ from the browser's (a worker slow to answer must not hold the badges back).
    void applyLanguage(s?.language ?? 'auto').catch(() => undefined);
  };

  void loadSettings()
    .catch(() => undefined)
    .then(apply);
  const unlisten = onSettingsChanged((s) => (orphaned() ? life.abort() : apply(s)));
  life.signal.addEventListener('abort', unlisten, { once: true });
}

const adapter = adapterFor(new URL(location.href));
if (adapter) run(adapter);
