// In a team: the log filtered by who handles each complaint (mine, nobody yet, everyone).
import type { ComplaintFilter } from '../../db/complaint-filter';
import { t } from '../../i18n/translate';

interface Props {
  me: string;
  filter: ComplaintFilter;
  onChange: (next: ComplaintFilter) => void;
}

export function HandlerFilter({ me, filter, onChange }: Props) {
  const value = filter.assignee === undefined ? 'all' : filter.assignee === null ? 'unassigned' : 'mine';
  const choose = (v: string) => {
    const { assignee: _, ...rest } = filter;
    onChange(v === 'mine' ? { ...rest, assignee: me } : v === 'unassigned' ? { ...rest, assignee: null } : rest);
  };
  return (
    <fieldset class="handler-filter" data-testid="handler-filter">
      <legend>{t('teamFilterLabel')}</legend>
      {(
        [
          ['all', t('teamFilter_all')],
          ['mine', t('teamFilter_mine')],
          ['unassigned', t('teamFilter_unassigned')],
        ] as const
      ).map(([v, label]) => (
        <label key={v} class="inline">
          <input type="radio" name="handler" value={v} checked={value === v} onChange={() => choose(v)} /> {label}
        </label>
      ))}
    </fieldset>
  );
}
