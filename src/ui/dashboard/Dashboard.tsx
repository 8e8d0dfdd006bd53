// The dashboard: the last 7, 30 or 90 days of what the public said about the watched keywords.
// Reads the daily stats and kept posts straight from the database (read-only); complaint
// counts per category come from the worker's search index.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Site } from '../../core/types';
import { ALL, aggregate, type DashboardFigures, engagementOf, topPosts } from '../../db/dashboard-figures';
import { localDay } from '../../db/day';
import { db } from '../../db/db';
import type { DailyStat, SeenPost } from '../../db/schema';
import { daysBetween } from '../../db/spikes';
import { t } from '../../i18n/translate';
import { categoryLabel, SITES, siteLabel } from '../labels';
import { safeHttpUrl } from '../safe-url';
import { ask } from '../send';
import { SyncLine } from '../team/SyncLine';
import { useTeam } from '../team/use-team';
import { Chart, type Series } from './Chart';
import { TeamView } from './TeamView';

const RANGES = [7, 30, 90] as const;
/** The range select's value for a free from–to period. */
const CUSTOM = 0;
const COLORS = ['#0b57d0', '#b3261e', '#146c2e', '#8e4ec6', '#b06000', '#00838f', '#5f6368'];

type Data = { stats: DailyStat[]; posts: SeenPost[]; categories: Record<string, number> };
type Load = { kind: 'loading' } | { kind: 'ready'; data: Data } | { kind: 'error'; message: string };

function lastDays(n: number): string[] {
  const to = localDay();
  const from = localDay(Date.now() - (n - 1) * 86_400_000);
  return daysBetween(from, to);
}

export function Dashboard() {
  const [range, setRange] = useState<number>(30);
  const [custom, setCustom] = useState({ from: localDay(Date.now() - 29 * 86_400_000), to: localDay() });
  const [query, setQuery] = useState(ALL);
  const [site, setSite] = useState<Site | ''>('');
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  // In a team: synced live while the dashboard is open; the office's figures follow.
  const team = useTeam();
  const days = useMemo(
    () => (range === CUSTOM ? daysBetween(custom.from, custom.to).slice(0, 366) : lastDays(range)),
    [range, custom],
  );
  const from = days[0] ?? localDay();
  const to = days[days.length - 1] ?? localDay();

  useEffect(() => {
    let live = true;
    // The figures on screen stay until the new ones are in: no flash of "Loading…" per filter.
    setLoad((old) => (old.kind === 'ready' ? old : { kind: 'loading' }));
    void (async () => {
      try {
        const [stats, posts, categories] = await Promise.all([
          db().dailyStats.where('day').between(from, to, true, true).toArray(),
          db().posts.where('day').between(from, to, true, true).toArray(),
          ask({
            type: 'complaints/by-category',
            filter: { from, to, ...(site ? { site } : {}), ...(query !== ALL ? { query } : {}) },
          }),
        ]);
        if (!categories.ok) throw new Error(categories.error.message);
        if (live) setLoad({ kind: 'ready', data: { stats, posts, categories: categories.value } });
      } catch (e) {
        if (live) setLoad({ kind: 'error', message: e instanceof Error ? e.message : String(e) });
      }
    })();
    return () => {
      live = false;
    };
  }, [from, to, site, query]);

  const filter = { days, query, ...(site ? { site } : {}) };
  const figures: DashboardFigures | undefined = load.kind === 'ready' ? aggregate(load.data.stats, filter) : undefined;
  const top = load.kind === 'ready' ? topPosts(load.data.posts, filter) : [];
  const querySeries: Series[] = figures
    ? [ALL, ...figures.queries].map((q, i) => ({
        label: q === ALL ? t('dashAllPosts') : q,
        values: figures.postsPerQuery[q] ?? [],
        color: COLORS[i % COLORS.length] ?? '#000',
      }))
    : [];
  const sentimentSeries: Series[] = figures
    ? [
        { label: t('sentiment_negative'), values: figures.sentiment.negative, color: '#b3261e' },
        { label: t('sentiment_neutral'), values: figures.sentiment.neutral, color: '#5f6368' },
        { label: t('sentiment_positive'), values: figures.sentiment.positive, color: '#146c2e' },
      ]
    : [];
  const categories = load.kind === 'ready' ? Object.entries(load.data.categories).sort((a, b) => b[1] - a[1]) : [];
  const maxCategory = Math.max(1, ...categories.map(([, n]) => n));
  const spikes = new Set(figures?.spikes.map((s) => s.day));

  return (
    <main>
      <h1>{t('dashTitle')}</h1>
      {team && <SyncLine status={team} />}
      <div class="filters">
        <div class="field">
          <label for="d-range">{t('dashRange')}</label>
          <select
            id="d-range"
            value={String(range)}
            onChange={(e) => setRange(Number((e.currentTarget as HTMLSelectElement).value))}
          >
            {RANGES.map((n) => (
              <option key={n} value={String(n)}>
                {t('dashLastDays', String(n))}
              </option>
            ))}
            <option value={String(CUSTOM)}>{t('dashCustomRange')}</option>
          </select>
        </div>
        {range === CUSTOM && (
          <>
            <div class="field">
              <label for="d-from">{t('fieldFrom')}</label>
              <input
                id="d-from"
                type="date"
                value={custom.from}
                max={custom.to}
                onChange={(e) =>
                  setCustom({ ...custom, from: (e.currentTarget as HTMLInputElement).value || custom.from })
                }
              />
            </div>
            <div class="field">
              <label for="d-to">{t('fieldTo')}</label>
              <input
                id="d-to"
                type="date"
                value={custom.to}
                min={custom.from}
                onChange={(e) => setCustom({ ...custom, to: (e.currentTarget as HTMLInputElement).value || custom.to })}
              />
            </div>
          </>
        )}
        <div class="field">
          <label for="d-query">{t('fieldQuery')}</label>
          <select id="d-query" value={query} onChange={(e) => setQuery((e.currentTarget as HTMLSelectElement).value)}>
            <option value={ALL}>{t('dashAllPosts')}</option>
            {(figures?.queries ?? []).map((q) => (
              <option key={q} value={q}>
                {q}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="d-site">{t('fieldSite')}</label>
          <select
            id="d-site"
            value={site}
            onChange={(e) => setSite((e.currentTarget as HTMLSelectElement).value as Site | '')}
          >
            <option value="">{t('filterAll')}</option>
            {SITES.map((s) => (
              <option key={s} value={s}>
                {siteLabel(s)}
              </option>
            ))}
          </select>
        </div>
        <p class="period">
          {from} – {to}
        </p>
      </div>

      {load.kind === 'loading' && <p>{t('loading')}</p>}
      {load.kind === 'error' && (
        <p class="error" role="alert">
          {t('dashError', load.message)}
        </p>
      )}
      {figures && (
        <>
          <section class="tiles" aria-label={t('dashTotals')}>
            <div>
              <strong data-testid="dash-posts">{figures.totals.postsSeen}</strong> {t('postsSeen')}
            </div>
            <div>
              <strong>{figures.totals.complaints}</strong> {t('dashComplaintsSeen')}
            </div>
            <div>
              <strong>{figures.totals.negative}</strong> {t('negativePosts')}
            </div>
            <div>
              <strong>{figures.totals.engagement}</strong> {t('dashEngagement')}
            </div>
          </section>
          {figures.totals.postsSeen === 0 && <p data-testid="dash-empty">{t('dashEmpty')}</p>}

          <section aria-labelledby="spikes-title">
            <h2 id="spikes-title">{t('dashSpikes')}</h2>
            {figures.spikes.length === 0 ? (
              <p>{t('dashNoSpikes')}</p>
            ) : (
              <ul data-testid="dash-spikes">
                {figures.spikes.map((s) => (
                  <li key={s.day}>{t('dashSpikeLine', s.day, String(s.value), s.baseline.toFixed(1))}</li>
                ))}
              </ul>
            )}
          </section>

          <Chart id="c-posts" title={t('dashPostsPerQuery')} days={days} series={querySeries} marked={spikes} />
          <Chart id="c-sentiment" title={t('dashSentiment')} days={days} series={sentimentSeries} />

          <section aria-labelledby="cat-title">
            <h2 id="cat-title">{t('dashCategories')}</h2>
            {categories.length === 0 ? (
              <p>{t('dashNoComplaints')}</p>
            ) : (
              <table class="bars" data-testid="dash-categories">
                <thead>
                  <tr>
                    <th scope="col">{t('fieldCategory')}</th>
                    <th scope="col">{t('dashCount')}</th>
                  </tr>
                </thead>
                <tbody>
                  {categories.map(([c, n]) => (
                    <tr key={c}>
                      <th scope="row">{categoryLabel(c)}</th>
                      <td>
                        <span class="bar" style={{ width: `${(n / maxCategory) * 80}%` }} aria-hidden="true" />
                        {n}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>

          {team && team.state !== 'off' && <TeamView team={team} from={from} to={to} />}

          <section aria-labelledby="top-title">
            <h2 id="top-title">{t('dashTopPosts')}</h2>
            {top.length === 0 ? (
              <p>{t('dashNoPosts')}</p>
            ) : (
              <table data-testid="dash-top">
                <thead>
                  <tr>
                    <th scope="col">{t('dashEngagement')}</th>
                    <th scope="col">{t('fieldSite')}</th>
                    <th scope="col">{t('dashPost')}</th>
                  </tr>
                </thead>
                <tbody>
                  {top.map((p) => {
                    const url = safeHttpUrl(p.post.url);
                    return (
                      <tr key={p.key}>
                        <td>{engagementOf(p)}</td>
                        <td>{siteLabel(p.site)}</td>
                        <td class="post">
                          {p.post.text}
                          {url && (
                            <>
                              {' '}
                              <a href={url} target="_blank" rel="noopener noreferrer">
                                {t('openOriginal')}
                              </a>
                            </>
                          )}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            )}
          </section>
        </>
      )}
    </main>
  );
}
