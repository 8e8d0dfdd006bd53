import { useEffect, useState } from 'preact/hooks';
import { t } from '../../i18n/translate';
import type { TodaySummary } from '../../messaging/replies';
import type { SimakError } from '../../messaging/result';
import { ask } from '../send';

type State = { kind: 'loading' } | { kind: 'ready'; summary: TodaySummary } | { kind: 'error'; error: SimakError };

/** Today's figures: new complaints, posts seen, negative posts. */
export function Summary({ revision }: { revision: number }) {
  const [state, setState] = useState<State>({ kind: 'loading' });
  useEffect(() => {
    void ask({ type: 'summary/today' }).then((r) =>
      setState(r.ok ? { kind: 'ready', summary: r.value } : { kind: 'error', error: r.error }),
    );
  }, [revision]);
  if (state.kind === 'loading') return <p>{t('loading')}</p>;
  if (state.kind === 'error') {
    return (
      <p class="error" role="alert">
        {t('errorWorker', state.error.message)}
      </p>
    );
  }
  return (
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
        {/* The rest of today's sentiment split, smaller: negative is what staff act on. */}
        <small class="split">
          <span data-testid="neutral-posts">{state.summary.sentiment.neutral}</span> {t('sentiment_neutral')} ·{' '}
          <span data-testid="positive-posts">{state.summary.sentiment.positive}</span> {t('sentiment_positive')}
        </small>
      </div>
    </section>
  );
}
