import { useEffect, useState } from 'preact/hooks';
import type { SimakError, TodaySummary } from '../../messages';
import { t } from '../i18n';
import { ask } from '../send';

type State = { kind: 'loading' } | { kind: 'ready'; summary: TodaySummary } | { kind: 'error'; error: SimakError };

/** The popup: today's summary (the complaint log comes with the triage work). */
export function Popup() {
  const [state, setState] = useState<State>({ kind: 'loading' });
  useEffect(() => {
    void ask({ type: 'summary/today' }).then((r) =>
      setState(r.ok ? { kind: 'ready', summary: r.value } : { kind: 'error', error: r.error }),
    );
  }, []);
  return (
    <main>
      <h1>{t('popupTitle')}</h1>
      {state.kind === 'loading' && <p>{t('loading')}</p>}
      {state.kind === 'error' && (
        <p class="error" role="alert">
          {t('errorWorker', state.error.message)}
        </p>
      )}
      {state.kind === 'ready' && (
        <section class="summary" aria-label={t('todaySummary')}>
          <div>
            <strong data-testid="new-complaints">{state.summary.newComplaints}</strong>
            {t('newComplaints')}
          </div>
          <div>
            <strong data-testid="posts-seen">{state.summary.postsSeen}</strong>
            {t('postsSeen')}
          </div>
          <div>
            <strong data-testid="negative-posts">{state.summary.sentiment.negative}</strong>
            {t('negativePosts')}
          </div>
        </section>
      )}
    </main>
  );
}
