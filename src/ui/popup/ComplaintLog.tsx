// The complaint log: newest first, searched and filtered by the worker, drawn in a window.
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { ComplaintFilter } from '../../db/complaint-filter';
import type { ComplaintRow } from '../../db/complaint-index';
import { type NewestMatches, newestMatches } from '../../db/newest-matches';
import { t } from '../../i18n/translate';
import type { Replies } from '../../messaging/replies';
import type { Result, SimakError } from '../../messaging/result';
import type { TeamStatus } from '../../team/status';
import { categoryLabel, priorityLabel, siteLabel, statusLabel } from '../labels';
import { ask } from '../send';
import { When } from '../When';
import { Filters } from './Filters';
import { HandlerFilter } from './HandlerFilter';
import { ReplyOrder } from './reply-order';
import { VirtualList } from './VirtualList';

const PAGE = 50;
export const ROW_HEIGHT = 64;
const FACETS_MS = 5_000;

interface Props {
  categories: string[];
  onOpen: (id: string) => void;
  /** Bumped by the parent after an edit, so the visible rows are fetched again. */
  revision: number;
  /** In a team: who the user is, for the handler filter and the rows' handler. */
  team?: TeamStatus;
}

/** The log's first page, asked for as the popup's script starts (see `prefetchFirstPage`). */
let firstPage: Promise<Result<Replies['complaints/list']>> | undefined;
let firstPreview: Promise<NewestMatches | undefined> | undefined;
/**
 * The worker's last answer came from its search index in memory. Until then (the popup just
 * opened, the worker was stopped and reads its index back) the top of each list is also read
 * straight from IndexedDB (db/newest-matches.ts) and shown if it comes before the worker's.
 */
let indexAnswers = false;

/**
 * Asks for the unfiltered log's first page at once, while the page still reads its settings and
 * draws: the worker's answer is then on its way when the list first wants it, and the page's own
 * read of the newest complaints too.
 */
export function prefetchFirstPage(): void {
  firstPage = ask({ type: 'complaints/list', filter: {}, offset: 0, limit: PAGE });
  firstPreview = newestMatches({}, 0, PAGE).catch(() => undefined);
}

type Load =
  | { kind: 'loading' }
  | { kind: 'ready'; total: number; exact: boolean }
  | { kind: 'error'; error: SimakError };

export function ComplaintLog({ categories, onOpen, revision, team }: Props) {
  const [filter, setFilter] = useState<ComplaintFilter>({});
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  const [rows, setRows] = useState<Map<number, ComplaintRow>>(new Map());
  const [facets, setFacets] = useState<{ categories: string[]; queries: string[] }>({ categories: [], queries: [] });
  // Replies to an older filter are dropped: only the latest search may draw.
  const generation = useRef(0);
  const requested = useRef(new Set<number>());
  const shownFilter = useRef(filter);
  const order = useRef(new ReplyOrder());

  const fetchPage = useCallback(async (page: number, gen: number, f: ComplaintFilter, retry = true) => {
    requested.current.add(page);
    const first = page === 0 && Object.keys(f).length === 0;
    const early = first ? firstPage : undefined;
    const earlyPreview = first ? firstPreview : undefined;
    firstPage = undefined;
    firstPreview = undefined;
    const seq = order.current.next();
    const answer = early ?? ask({ type: 'complaints/list', filter: f, offset: page * PAGE, limit: PAGE });
    // The top of the list read here while the worker may still be starting: shown only if it
    // comes first (it is the log as it was at one moment; the worker's answer replaces it).
    let answered = false;
    if (page === 0 && retry && !indexAnswers) {
      void (earlyPreview ?? newestMatches(f, 0, PAGE).catch(() => undefined)).then((preview) => {
        if (!preview || answered || gen !== generation.current) return;
        setLoad({ kind: 'ready', total: preview.rows.length, exact: false });
        setRows(new Map(preview.rows.map((r, i) => [i, r])));
      });
    }
    const reply = await answer;
    answered = true;
    // A reply to an earlier request for the same filter (a refresh was asked after it, as
    // complaints arrive) still draws unless a later one drew: it is the log a moment before, and
    // dropping it left a search waiting for the refresh's round trip as well.
    if (gen !== generation.current && f !== shownFilter.current) return;
    if (!order.current.mayDraw(page, seq)) return;
    if (reply.ok) indexAnswers = reply.value.exact;
    if (!reply.ok) {
      setLoad({ kind: 'error', error: reply.error });
      return;
    }
    setLoad({ kind: 'ready', total: reply.value.total, exact: reply.value.exact });
    setRows((old) => {
      const next = new Map(old);
      for (const [i, r] of reply.value.rows.entries()) next.set(page * PAGE + i, r);
      return next;
    });
    // The first rows came before the search index was loaded: ask again for the exact
    // total (the worker answers once its index is in memory).
    if (!reply.value.exact && retry) void fetchPage(page, gen, f, false);
  }, []);

  // The rows in view, so a new filter or an edit refetches what is on screen, not only the top.
  const visible = useRef<[number, number]>([0, 0]);

  // A new filter starts from an empty list; a new revision (an edit, complaints arriving) keeps
  // the rows on screen until their replacements come, so the list never flickers.
  // A layout effect: the request leaves as the new filter renders, not a frame later.
  useLayoutEffect(() => {
    const gen = ++generation.current;
    requested.current = new Set();
    if (shownFilter.current !== filter) {
      setRows(new Map());
      order.current.reset();
    }
    shownFilter.current = filter;
    const [start, end] = visible.current;
    const pages = new Set([0]);
    for (let page = Math.floor(start / PAGE); page * PAGE < end; page++) pages.add(page);
    for (const page of pages) void fetchPage(page, gen, filter);
  }, [filter, revision, fetchPage]);

  // The filter menus need the search index: asked for only once the exact list is in, so the
  // first rows never wait for the index to load. While complaints keep arriving (a big pull),
  // asked again at most every FACETS_MS: each answer walks the whole index, and a new category
  // or watch query is rare.
  const indexReady = load.kind === 'ready' && load.exact;
  const facetsAsked = useRef<{ revision: number; at: number } | undefined>(undefined);
  useEffect(() => {
    if (!indexReady) return;
    const last = facetsAsked.current;
    if (last && last.revision === revision) return;
    const askFacets = () => {
      facetsAsked.current = { revision, at: Date.now() };
      void ask({ type: 'complaints/facets' }).then((r) => r.ok && setFacets(r.value));
    };
    const wait = last ? last.at + FACETS_MS - Date.now() : 0;
    if (wait <= 0) return askFacets();
    const timer = setTimeout(askFacets, wait);
    return () => clearTimeout(timer);
  }, [revision, indexReady]);

  const onRange = useCallback(
    (start: number, end: number) => {
      visible.current = [start, end];
      for (let page = Math.floor(start / PAGE); page * PAGE < end; page++) {
        if (!requested.current.has(page)) void fetchPage(page, generation.current, filter);
      }
    },
    [filter, fetchPage],
  );

  const allCategories = [...new Set([...categories, ...facets.categories])].sort();
  const filtered = Object.keys(filter).length > 0;
  return (
    <section class="log" aria-labelledby="log-title">
      <h2 id="log-title">
        {t('logTitle')}
        {load.kind === 'ready' && load.exact && <span data-testid="log-total"> ({load.total})</span>}
      </h2>
      {team?.username && team.state !== 'off' && (
        <HandlerFilter me={team.username} filter={filter} onChange={setFilter} />
      )}
      <Filters filter={filter} categories={allCategories} queries={facets.queries} onChange={setFilter} />
      <div aria-live="polite" class="status-line">
        {load.kind === 'loading' && <p>{t('loading')}</p>}
        {load.kind === 'ready' && load.total === 0 && (
          <p data-testid="log-empty">{filtered ? t('logNoMatch') : t('logEmpty')}</p>
        )}
      </div>
      {load.kind === 'error' && (
        <p class="error" role="alert">
          {t('logError', load.error.message)}
        </p>
      )}
      {load.kind === 'ready' && load.total > 0 && (
        <VirtualList
          count={load.total}
          rowHeight={ROW_HEIGHT}
          height={300}
          label={t('logTitle')}
          onRange={onRange}
          resetKey={JSON.stringify(filter)}
          renderRow={(i) => {
            const row = rows.get(i);
            if (!row) return <div class="row placeholder">{t('loading')}</div>;
            return (
              <button type="button" class="row" data-testid="complaint-row" onClick={() => onOpen(row.id)}>
                <span class="meta">
                  <span class={`status s-${row.status}`}>{statusLabel(row.status)}</span>
                  {/* In a team, who handles it comes first: it decides whether to act. */}
                  {row.assignee !== undefined && (
                    <span class="handler" data-testid="row-handler">
                      {t('teamHandledBy', row.assignee ?? t('teamNobody'))}
                    </span>
                  )}
                  {row.priority !== 'normal' && (
                    <span class={`prio p-${row.priority}`}>{priorityLabel(row.priority)}</span>
                  )}
                  <span>{siteLabel(row.site)}</span>
                  <span class="category" title={categoryLabel(row.category)}>
                    {categoryLabel(row.category)}
                  </span>
                  <When ms={row.createdAt} />
                </span>
                <span class="text">
                  {row.author && <b>{row.author} </b>}
                  {row.text}
                </span>
              </button>
            );
          }}
        />
      )}
    </section>
  );
}
