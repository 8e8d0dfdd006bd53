// Search box and filter menus of the complaint log. Every control has a visible label.
import type { ComplaintFilter } from '../../db/complaint-filter';
import { t } from '../../i18n/translate';
import { categoryLabel, PRIORITIES, priorityLabel, SITES, STATUSES, siteLabel, statusLabel } from '../labels';

interface Props {
  filter: ComplaintFilter;
  categories: string[];
  queries: string[];
  onChange: (next: ComplaintFilter) => void;
}

/** A copy of `f` with `key` set, or removed when the value is empty. */
function withField<K extends keyof ComplaintFilter>(f: ComplaintFilter, key: K, value: string): ComplaintFilter {
  const next = { ...f };
  if (value === '') delete next[key];
  else next[key] = value as ComplaintFilter[K];
  return next;
}

function Select({
  id,
  label,
  value,
  options,
  onInput,
}: {
  id: string;
  label: string;
  value: string | undefined;
  options: [string, string][];
  onInput: (v: string) => void;
}) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select id={id} value={value ?? ''} onChange={(e) => onInput((e.currentTarget as HTMLSelectElement).value)}>
        <option value="">{t('filterAll')}</option>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}

export function Filters({ filter, categories, queries, onChange }: Props) {
  const set = (key: keyof ComplaintFilter) => (value: string) => onChange(withField(filter, key, value));
  const active = Object.keys(filter).filter((k) => k !== 'text').length;
  return (
    <div class="filters">
      <div class="field search">
        <label for="search">{t('searchLabel')}</label>
        <input
          id="search"
          type="search"
          value={filter.text ?? ''}
          placeholder={t('searchPlaceholder')}
          onInput={(e) => set('text')((e.currentTarget as HTMLInputElement).value)}
        />
      </div>
      <details>
        <summary>{active > 0 ? t('filtersActive', String(active)) : t('filters')}</summary>
        <div class="filter-grid">
          <Select
            id="f-status"
            label={t('fieldStatus')}
            value={filter.status}
            options={STATUSES.map((s) => [s, statusLabel(s)])}
            onInput={set('status')}
          />
          <Select
            id="f-priority"
            label={t('fieldPriority')}
            value={filter.priority}
            options={PRIORITIES.map((p) => [p, priorityLabel(p)])}
            onInput={set('priority')}
          />
          <Select
            id="f-category"
            label={t('fieldCategory')}
            value={filter.category}
            options={categories.map((c) => [c, categoryLabel(c)])}
            onInput={set('category')}
          />
          <Select
            id="f-site"
            label={t('fieldSite')}
            value={filter.site}
            options={SITES.map((s) => [s, siteLabel(s)])}
            onInput={set('site')}
          />
          <Select
            id="f-query"
            label={t('fieldQuery')}
            value={filter.query}
            options={queries.map((q) => [q, q])}
            onInput={set('query')}
          />
          <div class="field">
            <label for="f-from">{t('fieldFrom')}</label>
            <input
              id="f-from"
              type="date"
              value={filter.from ?? ''}
              onChange={(e) => set('from')((e.currentTarget as HTMLInputElement).value)}
            />
          </div>
          <div class="field">
            <label for="f-to">{t('fieldTo')}</label>
            <input
              id="f-to"
              type="date"
              value={filter.to ?? ''}
              onChange={(e) => set('to')((e.currentTarget as HTMLInputElement).value)}
            />
          </div>
          <button
            type="button"
            onClick={() => onChange(filter.text ? { text: filter.text } : {})}
            disabled={active === 0}
          >
            {t('filtersClear')}
          </button>
        </div>
      </details>
    </div>
  );
}
