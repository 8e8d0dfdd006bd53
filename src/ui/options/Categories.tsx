// Complaint categories and their keywords: the taxonomy is the default; staff may add, remove
// or reorder categories (one id per line) and edit each one's keywords, or reset everything.

import { t } from '../../i18n/translate';
import { DEFAULT_CATEGORIES, defaultKeywords } from '../../settings';
import { categoryLabel } from '../labels';

export const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

interface Props {
  ids: string;
  onIds: (text: string) => void;
  /** Keyword text per category id, as edited; absent: the taxonomy's keywords. */
  keywords: Record<string, string>;
  onKeywords: (next: Record<string, string>) => void;
}

/** The keywords text shown for a category: as edited, or the taxonomy's. */
export const keywordText = (keywords: Record<string, string>, id: string) =>
  keywords[id] ?? defaultKeywords(id).join('\n');

/** What to store: only categories whose keywords differ from the taxonomy; null when none do. */
export function keywordOverrides(ids: string[], keywords: Record<string, string>): Record<string, string[]> | null {
  const out: Record<string, string[]> = {};
  for (const id of ids) {
    const mine = lines(keywordText(keywords, id));
    const base = defaultKeywords(id);
    if (mine.length !== base.length || mine.some((k, i) => k !== base[i])) out[id] = mine;
  }
  return Object.keys(out).length > 0 ? out : null;
}

export function Categories({ ids, onIds, keywords, onKeywords }: Props) {
  const list = [...new Set(lines(ids))];
  return (
    <fieldset>
      <legend>{t('setting_categories')}</legend>
      <p class="hint" id="cat-help">
        {t('categoriesHelp')}
      </p>
      <label for="categories">{t('categoriesLabel')}</label>
      <textarea
        id="categories"
        rows={8}
        aria-describedby="cat-help"
        value={ids}
        onInput={(e) => onIds((e.currentTarget as HTMLTextAreaElement).value)}
      />
      <div class="keywords" data-testid="category-keywords">
        {list.map((id, i) => {
          const text = keywordText(keywords, id);
          return (
            <details key={id}>
              <summary>{t('categoryKeywordsSummary', categoryLabel(id), String(lines(text).length))}</summary>
              <label for={`kw-${i}`}>{t('categoryKeywordsLabel', categoryLabel(id))}</label>
              <textarea
                id={`kw-${i}`}
                rows={5}
                value={text}
                onInput={(e) => onKeywords({ ...keywords, [id]: (e.currentTarget as HTMLTextAreaElement).value })}
              />
            </details>
          );
        })}
      </div>
      <button
        type="button"
        onClick={() => {
          onIds(DEFAULT_CATEGORIES.join('\n'));
          onKeywords({});
        }}
      >
        {t('categoriesReset')}
      </button>
    </fieldset>
  );
}
