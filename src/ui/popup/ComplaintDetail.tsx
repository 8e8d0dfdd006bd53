// One complaint in full: the post (as text only), a link to the original, triage controls
// and the history of every change.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Analysis } from '../../core/types';
import type { Complaint, ComplaintStatus, HistoryEntry, Priority } from '../../db/schema';
import { t } from '../../i18n/translate';
import type { SimakError } from '../../messaging/result';
import type { TeamStatus } from '../../team/status';
import { categoryLabel, kindLabel, PRIORITIES, priorityLabel, STATUSES, siteLabel, statusLabel } from '../labels';
import { safeHttpUrl } from '../safe-url';
import { ask } from '../send';
import { When } from '../When';
import { TeamPanel } from './TeamPanel';

interface Props {
  id: string;
  categories: string[];
  onBack: () => void;
  onChanged: () => void;
  /** In a team: the shared complaint's team panel. */
  team?: TeamStatus;
  /** Bumped when the log changed under the popup (a colleague's change pulled): read again. */
  revision?: number;
}

type Change = { status?: ComplaintStatus; priority?: Priority; category?: string; note?: string };

function historyText(h: HistoryEntry): string {
  const show = (v: string | undefined) =>
    v === undefined
      ? ''
      : h.field === 'status'
        ? statusLabel(v as ComplaintStatus)
        : h.field === 'priority'
          ? priorityLabel(v as Priority)
          : v;
  if (h.field === 'created') return t('historyCreated');
  if (h.field === 'note') return t('historyNote', h.to ?? '');
  return t('historyChange', t(`field_${h.field}`), show(h.from), show(h.to));
}

export function ComplaintDetail({ id, categories, onBack, onChanged, team, revision }: Props) {
  const [complaint, setComplaint] = useState<Complaint | null | undefined>(undefined);
  const [error, setError] = useState<SimakError | undefined>(undefined);
  const [saved, setSaved] = useState('');
  const [note, setNote] = useState('');
  const back = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    back.current?.focus();
  }, [id]);
  useEffect(() => {
    void ask({ type: 'complaint/get', id }).then((r) => (r.ok ? setComplaint(r.value) : setError(r.error)));
  }, [id, revision]);

  const apply = async (change: Change) => {
    const r = await ask({ type: 'complaint/update', id, change });
    if (!r.ok) {
      setError(r.error);
      return;
    }
    setError(undefined);
    setComplaint(r.value);
    setSaved(t('saved'));
    onChanged();
  };

  const header = (
    <button type="button" ref={back} class="back" onClick={onBack}>
      {t('backToLog')}
    </button>
  );
  if (complaint === undefined && !error)
    return (
      <section class="detail">
        {header}
        <p>{t('loading')}</p>
      </section>
    );
  if (!complaint) {
    return (
      <section class="detail">
        {header}
        <p class="error" role="alert">
          {error ? t('logError', error.message) : t('complaintGone')}
        </p>
      </section>
    );
  }
  const url = safeHttpUrl(complaint.post.url);
  const cats = [...new Set([...categories, complaint.category])].sort();
  const author = [complaint.post.author.name, complaint.post.author.handle].filter(Boolean).join(' ');
  return (
    <section class="detail" aria-labelledby="detail-title">
      {header}
      <h2 id="detail-title">{t('complaintTitle')}</h2>
      <p class="meta">
        {siteLabel(complaint.site)} · {author} · <When ms={complaint.createdAt} />
      </p>
      {/* Untrusted post text: a text node, never HTML. */}
      <blockquote class="post-text" data-testid="post-text">
        {complaint.post.text}
      </blockquote>
      <PostReading analysis={complaint.analysis} />
      {url && (
        <p>
          <a href={url} target="_blank" rel="noopener noreferrer" data-testid="post-link">
            {t('openOriginal')}
          </a>
        </p>
      )}
      {error && (
        <p class="error" role="alert">
          {t('logError', error.message)}
        </p>
      )}
      {complaint.team && team && team.state !== 'off' && (
        <TeamPanel
          complaint={{ ...complaint, team: complaint.team }}
          team={team}
          onChanged={(c) => {
            setComplaint(c);
            onChanged();
          }}
          onError={(message) => setError({ code: 'not-allowed', message })}
        />
      )}
      <div class="edit-grid">
        <div class="field">
          <label for="d-status">{t('fieldStatus')}</label>
          <select
            id="d-status"
            value={complaint.status}
            onChange={(e) => void apply({ status: (e.currentTarget as HTMLSelectElement).value as ComplaintStatus })}
          >
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {statusLabel(s)}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="d-priority">{t('fieldPriority')}</label>
          <select
            id="d-priority"
            value={complaint.priority}
            onChange={(e) => void apply({ priority: (e.currentTarget as HTMLSelectElement).value as Priority })}
          >
            {PRIORITIES.map((p) => (
              <option key={p} value={p}>
                {priorityLabel(p)}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="d-category">{t('fieldCategory')}</label>
          <select
            id="d-category"
            value={complaint.category}
            onChange={(e) => void apply({ category: (e.currentTarget as HTMLSelectElement).value })}
          >
            {cats.map((c) => (
              <option key={c} value={c}>
                {categoryLabel(c)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <form
        class="note-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (!note.trim()) return;
          void apply({ note }).then(() => setNote(''));
        }}
      >
        <label for="d-note">{t('addNoteLabel')}</label>
        <textarea
          id="d-note"
          rows={2}
          maxLength={5000}
          value={note}
          onInput={(e) => setNote((e.currentTarget as HTMLTextAreaElement).value)}
        />
        <button type="submit" disabled={!note.trim()}>
          {t('addNote')}
        </button>
      </form>
      <p class="saved" aria-live="polite">
        {saved}
      </p>
      {complaint.notes.length > 0 && (
        <>
          <h3>{t('notesTitle')}</h3>
          <ul class="notes" data-testid="notes">
            {complaint.notes.map((n, i) => (
              <li key={i}>{n}</li>
            ))}
          </ul>
        </>
      )}
      <h3>{t('historyTitle')}</h3>
      <ol class="history" data-testid="history">
        {complaint.history.map((h, i) => (
          <li key={i}>
            <When ms={h.at} /> {historyText(h)}
          </li>
        ))}
      </ol>
    </section>
  );
}

/** What Simak read the post as (its kind and how sure) and the words that weighed: text nodes only. */
function PostReading({ analysis }: { analysis: Analysis }) {
  const { kind } = analysis;
  const drivers = analysis.complaint.drivers ?? [];
  if (!kind && drivers.length === 0) return null;
  return (
    <p class="meta" data-testid="post-kind">
      {kind && (
        <span>
          {t('fieldKind')}: {t('kindProbability', kindLabel(kind.label), String(Math.round(kind.probability * 100)))}
        </span>
      )}
      {kind && drivers.length > 0 && ' · '}
      {drivers.length > 0 && <span>{t('complaintWhy', drivers.join(', '))}</span>}
    </p>
  );
}
