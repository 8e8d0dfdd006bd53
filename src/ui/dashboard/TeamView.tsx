// In a team: the office's figures beside the user's own, for the days chosen above (counts,
// statuses, categories, time from logged to done) and, for supervisors and admins, per staff
// member. Read from the shared complaints in the local log, which the sync keeps current
// (live while the dashboard is open).
import { useEffect, useState } from 'preact/hooks';
import { db } from '../../db/db';
import type { Complaint } from '../../db/schema';
import { type TeamFigures, teamFigures } from '../../db/team-figures';
import { t } from '../../i18n/translate';
import type { TeamStatus } from '../../team/status';
import { categoryLabel, STATUSES, statusLabel } from '../labels';
import { manages } from '../team/labels';

const hours = (ms: number | undefined) =>
  ms === undefined ? t('dashTeamNone') : t('dashTeamHours', (ms / 3_600_000).toFixed(1));

export function TeamView({ team, from, to }: { team: TeamStatus; from: string; to: string }) {
  const [shared, setShared] = useState<Complaint[] | undefined>(undefined);
  const [scope, setScope] = useState<'office' | 'mine'>('office');
  useEffect(() => {
    let live = true;
    void db()
      .complaints.where('day')
      .between(from, to, true, true)
      .filter((c) => !!c.team)
      .toArray()
      .then((rows) => live && setShared(rows));
    return () => {
      live = false;
    };
  }, [from, to, team.logRevision]);
  if (!shared || !team.office) return null;
  const me = team.username ?? '';
  const rows =
    scope === 'office' ? shared : shared.filter((c) => c.team?.assignee === me || c.team?.loggers.includes(me));
  const f: TeamFigures = teamFigures(rows);
  const done = (f.byStatus.resolved ?? 0) + (f.byStatus.dismissed ?? 0);
  return (
    <section aria-labelledby="team-dash-title" data-testid="dash-team">
      <h2 id="team-dash-title">{t('dashTeamTitle', team.office.name)}</h2>
      <fieldset class="field">
        <legend>{t('dashTeamScope')}</legend>
        {(['office', 'mine'] as const).map((s) => (
          <label key={s} class="inline">
            <input type="radio" name="team-scope" checked={scope === s} onChange={() => setScope(s)} />{' '}
            {s === 'office' ? t('dashTeamOffice') : t('dashTeamMine')}
          </label>
        ))}
      </fieldset>
      <div class="tiles">
        <div>
          <strong data-testid="dash-team-total">{f.total}</strong> {t('dashTeamTotal')}
        </div>
        <div>
          <strong>{done}</strong> {t('dashTeamDone')}
        </div>
        <div>
          <strong data-testid="dash-team-response">{hours(f.medianResponseMs)}</strong> {t('dashTeamResponse')}
        </div>
      </div>
      <table class="bars">
        <thead>
          <tr>
            <th scope="col">{t('fieldStatus')}</th>
            <th scope="col">{t('dashCount')}</th>
          </tr>
        </thead>
        <tbody>
          {STATUSES.map((s) => (
            <tr key={s}>
              <th scope="row">{statusLabel(s)}</th>
              <td>{f.byStatus[s] ?? 0}</td>
            </tr>
          ))}
          {f.byCategory.map(([c, n]) => (
            <tr key={`c-${c}`}>
              <th scope="row">{categoryLabel(c)}</th>
              <td>{n}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {manages(team.office.role) && scope === 'office' && f.staff.length > 0 && (
        <>
          <h3>{t('dashTeamStaff')}</h3>
          <table data-testid="dash-team-staff">
            <thead>
              <tr>
                <th scope="col">{t('dashTeamStaffName')}</th>
                <th scope="col">{t('dashTeamLogged')}</th>
                <th scope="col">{t('dashTeamHandling')}</th>
                <th scope="col">{t('dashTeamFinished')}</th>
                <th scope="col">{t('dashTeamResponse')}</th>
              </tr>
            </thead>
            <tbody>
              {f.staff.map((s) => (
                <tr key={s.username}>
                  <th scope="row">{s.username}</th>
                  <td>{s.logged}</td>
                  <td>{s.handling}</td>
                  <td>{s.done}</td>
                  <td>{hours(s.medianResponseMs)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
