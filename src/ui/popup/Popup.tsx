import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { onLogChanged } from '../../db/log-changes';
import { DB_NAME } from '../../db/schema';
import { t } from '../../i18n/translate';
import type { Settings } from '../../settings';
import { SyncLine } from '../team/SyncLine';
import { useTeam } from '../team/use-team';
import { ComplaintDetail } from './ComplaintDetail';
import { ComplaintLog } from './ComplaintLog';
import { Summary } from './Summary';

const REFRESH_MS = 100;

/** The popup: today's summary and the complaint log, or one complaint opened for triage. */
export function Popup({ settings }: { settings: Settings }) {
  const [open, setOpen] = useState<string | undefined>(undefined);
  const [revision, setRevision] = useState(0);
  // Complaints arriving in bulk while the popup is open (a team sync's pull, an import) show at
  // once: the visible rows and the summary are fetched again, at most every REFRESH_MS.
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = onLogChanged(DB_NAME, () => {
      timer ??= setTimeout(() => {
        timer = undefined;
        setRevision((r) => r + 1);
      }, REFRESH_MS);
    });
    return () => {
      stop();
      clearTimeout(timer);
    };
  }, []);
  // In a team: synced every few seconds while the popup is open; a colleague's change refreshes the log.
  const team = useTeam(() => setRevision((r) => r + 1));
  const page = (path: string) => browser.runtime.getURL(path);
  return (
    <>
      <header class="top">
        <h1>{t('popupTitle')}</h1>
        <nav aria-label={t('popupNav')}>
          <a href={page('src/ui/dashboard/index.html')} target="_blank" rel="noopener">
            {t('navDashboard')}
          </a>
          <a href={page('src/ui/options/index.html#data')} target="_blank" rel="noopener">
            {t('navExport')}
          </a>
          <a href={page('src/ui/options/index.html')} target="_blank" rel="noopener">
            {t('navSettings')}
          </a>
        </nav>
      </header>
      <main>
        {team && <SyncLine status={team} />}
        <Summary revision={revision} />
        {/* The log stays mounted behind the detail view, so its scroll position survives. */}
        <div hidden={open !== undefined}>
          <ComplaintLog categories={settings.categories} onOpen={setOpen} revision={revision} team={team} />
        </div>
        {open !== undefined && (
          <ComplaintDetail
            id={open}
            categories={settings.categories}
            onBack={() => setOpen(undefined)}
            onChanged={() => setRevision((r) => r + 1)}
            team={team}
            revision={revision}
          />
        )}
      </main>
    </>
  );
}
