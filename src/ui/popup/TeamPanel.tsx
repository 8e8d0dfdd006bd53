// A shared complaint's team side in the detail view: who logged it, who handles it, claim /
// release / assign, and the team's history (who changed what, in the server's order). A
// complaint a colleague holds says so before anyone acts; only a supervisor may take it over.
import { useEffect, useState } from 'preact/hooks';
import type { Complaint, ComplaintStatus, Priority, TeamHistoryEntry } from '../../db/schema';
import { t } from '../../i18n/translate';
import type { TeamStatus } from '../../team/status';
import { categoryLabel, PRIORITIES, priorityLabel, STATUSES, statusLabel } from '../labels';
import { ask } from '../send';
import { manages } from '../team/labels';
import { When } from '../When';

interface Props {
  complaint: Complaint & { team: NonNullable<Complaint['team']> };
  team: TeamStatus;
  onChanged: (c: Complaint) => void;
  onError: (message: string) => void;
}

const show = (v: unknown): string => (v === null || v === undefined ? t('teamNobody') : String(v));

/** A field's value as the rest of the popup shows it (status and priority by their labels). */
function valueText(field: string, v: unknown): string {
  if (typeof v !== 'string') return show(v);
  if (field === 'status' && (STATUSES as readonly string[]).includes(v)) return statusLabel(v as ComplaintStatus);
  if (field === 'priority' && (PRIORITIES as readonly string[]).includes(v)) return priorityLabel(v as Priority);
  if (field === 'category') return categoryLabel(v);
  return v;
}

function entryText(h: TeamHistoryEntry): string {
  if (h.field === 'created') return t('teamField_created');
  if (h.field === 'logged') return t('teamField_logged');
  if (h.field === 'assignee') return t('teamField_assignee', show(h.to));
  if (h.field === 'note') return t('teamField_note', show(h.to));
  const label =
    h.field === 'status'
      ? t('field_status')
      : h.field === 'priority'
        ? t('field_priority')
        : h.field === 'category'
          ? t('field_category')
          : h.field;
  return t('teamField_other', label, valueText(h.field, h.from), valueText(h.field, h.to));
}

export function TeamPanel({ complaint, team, onChanged, onError }: Props) {
  const me = team.username ?? '';
  const holder = complaint.team.assignee;
  const supervisor = manages(team.office?.role);
  const writer = team.office?.role !== 'viewer';
  const [members, setMembers] = useState<string[]>([]);
  const [to, setTo] = useState('');

  useEffect(() => {
    if (supervisor) void ask({ type: 'team/members' }).then((r) => r.ok && setMembers(r.value.members));
  }, [supervisor]);

  const assign = async (who: string | null) => {
    const r = await ask({ type: 'team/assign', id: complaint.id, to: who });
    if (r.ok) onChanged(r.value);
    else onError(r.error.message);
  };

  return (
    <section class="team-panel" data-testid="team-panel" aria-label={t('teamTitle')}>
      <p data-testid="team-loggers">{t('teamLoggedBy', complaint.team.loggers.join(', '))}</p>
      <p data-testid="team-handler">{t('teamHandledBy', holder ?? t('teamNobody'))}</p>
      {holder && holder !== me && (
        <p class="warning" role="status" data-testid="team-taken">
          {t('teamTakenBy', holder)}
        </p>
      )}
      {writer && (
        <div class="buttons">
          {holder === null && (
            <button type="button" data-testid="team-claim" onClick={() => void assign(me)}>
              {t('teamClaim')}
            </button>
          )}
          {holder && holder !== me && supervisor && (
            <button type="button" data-testid="team-take-over" onClick={() => void assign(me)}>
              {t('teamTakeOver', holder)}
            </button>
          )}
          {holder === me && (
            <button type="button" data-testid="team-release" onClick={() => void assign(null)}>
              {t('teamRelease')}
            </button>
          )}
        </div>
      )}
      {supervisor && members.length > 0 && (
        <div class="field inline">
          <label for="team-assign">{t('teamAssignTo')}</label>
          <select id="team-assign" value={to} onChange={(e) => setTo((e.currentTarget as HTMLSelectElement).value)}>
            <option value="">—</option>
            {members.map((m) => (
              <option key={m} value={m}>
                {m}
              </option>
            ))}
          </select>
          <button type="button" disabled={!to} onClick={() => void assign(to)}>
            {t('teamAssign')}
          </button>
        </div>
      )}
      {complaint.team.history.length > 0 && (
        <>
          <h3>{t('teamHistoryTitle')}</h3>
          <ol class="history" data-testid="team-history">
            {complaint.team.history.map((h) => (
              <li key={h.seq} data-field={h.field}>
                <When ms={h.at} /> {t('teamHistoryBy', h.by, entryText(h))}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
