// The watch-query editor: one query per line, each checked by the worker's own parser as it is
// typed (line, column and what is wrong), and a preview of what the queries match in a sample.
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../i18n/translate';
import type { QueryCheck } from '../../messaging/replies';
import { ask } from '../send';

interface Props {
  value: string;
  onInput: (text: string) => void;
  /** Tells the form which lines (1-based) hold a query that cannot be read. */
  onProblems: (lines: number[]) => void;
}

const CHECK_DELAY_MS = 150;

export function WatchQueries({ value, onInput, onProblems }: Props) {
  const [sample, setSample] = useState('');
  const [check, setCheck] = useState<QueryCheck | undefined>(undefined);
  const rows = value.split('\n').map((source, i) => ({ line: i + 1, source: source.trim() }));
  const filled = rows.filter((r) => r.source !== '');

  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      void ask({ type: 'queries/check', sources: filled.map((r) => r.source), sample }).then((r) => {
        if (!live || !r.ok) return;
        setCheck(r.value);
        onProblems(filled.filter((_, i) => r.value.errors[i]).map((row) => row.line));
      });
    }, CHECK_DELAY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [value, sample]);

  const problems = filled.flatMap((row, i) => {
    const error = check?.errors[i];
    return error ? [{ row, error }] : [];
  });

  return (
    <fieldset>
      <legend>{t('setting_watchQueries')}</legend>
      <p class="hint" id="wq-help">
        {t('watchQueriesHelp')}
      </p>
      <label for="watch-queries">{t('watchQueriesLabel')}</label>
      <textarea
        id="watch-queries"
        rows={6}
        value={value}
        aria-invalid={problems.length > 0}
        aria-describedby="wq-help wq-problems"
        onInput={(e) => onInput((e.currentTarget as HTMLTextAreaElement).value)}
      />
      <div id="wq-problems" aria-live="polite" data-testid="query-problems">
        {problems.length > 0 && (
          <ul class="problems">
            {problems.map(({ row, error }) => (
              <li key={row.line} class="error">
                {t(
                  'queryErrorAt',
                  String(row.line),
                  String(error.position + 1),
                  t(`queryError_${error.code.replace(/-/g, '_')}`),
                )}
                <code>
                  {row.source.slice(0, error.position)}
                  <mark>{row.source.slice(error.position, error.position + 1) || ' '}</mark>
                  {row.source.slice(error.position + 1)}
                </code>
              </li>
            ))}
          </ul>
        )}
      </div>
      <label for="query-sample">{t('querySampleLabel')}</label>
      <textarea
        id="query-sample"
        rows={3}
        value={sample}
        placeholder={t('querySamplePlaceholder')}
        onInput={(e) => setSample((e.currentTarget as HTMLTextAreaElement).value)}
      />
      <p aria-live="polite" data-testid="query-preview">
        {sample.trim() !== '' &&
          check &&
          (check.matches.length === 0
            ? t('queryPreviewNone')
            : t('queryPreviewSome', check.matches.map((m) => `${m.queryId} (${m.words.join(', ')})`).join('; ')))}
      </p>
    </fieldset>
  );
}
