// The settings form: edited as a draft, validated whole (valibot) and stored on Save; every
// open Simak page and the worker pick the change up through storage.onChanged.
import { useState } from 'preact/hooks';
import type { Site } from '../../core/types';
import { t } from '../../i18n/translate';
import { LANGUAGES, type Settings, validateSettings } from '../../settings';
import { saveSettings } from '../../settings-store';
import { SITES, siteLabel } from '../labels';
import { Categories, keywordOverrides, lines } from './Categories';
import { WatchQueries } from './WatchQueries';

export type FormMessage = { ok: boolean; text: string } | undefined;

/** `message` lives in the page, so "Saved." outlives the form's reset after its own save. */
export function SettingsForm({
  settings,
  message,
  setMessage,
}: {
  settings: Settings;
  message: FormMessage;
  setMessage: (m: FormMessage) => void;
}) {
  const [language, setLanguage] = useState(settings.language);
  const [sites, setSites] = useState(settings.sites);
  const [badgeFull, setBadgeFull] = useState(settings.badgeFull);
  const [complaint, setComplaint] = useState(String(settings.thresholds.complaint));
  const [negative, setNegative] = useState(
    settings.thresholds.negative === null ? '' : String(settings.thresholds.negative),
  );
  const [retentionOn, setRetentionOn] = useState(settings.retentionDays !== null);
  const [retentionDays, setRetentionDays] = useState(String(settings.retentionDays ?? 90));
  const [queries, setQueries] = useState(settings.watchQueries.join('\n'));
  const [queryProblems, setQueryProblems] = useState<number[]>([]);
  const [categories, setCategories] = useState(settings.categories.join('\n'));
  const [keywords, setKeywords] = useState<Record<string, string>>(
    Object.fromEntries(Object.entries(settings.categoryKeywords ?? {}).map(([id, kws]) => [id, kws.join('\n')])),
  );

  const save = async (e: Event) => {
    e.preventDefault();
    const candidate = {
      language,
      sites,
      badgeFull,
      thresholds: { complaint: Number(complaint), negative: negative.trim() === '' ? null : Number(negative) },
      retentionDays: retentionOn ? Number(retentionDays) : null,
      watchQueries: lines(queries),
      categories: [...new Set(lines(categories))],
      categoryKeywords: keywordOverrides([...new Set(lines(categories))], keywords),
    };
    if (queryProblems.length > 0) {
      setMessage({
        ok: false,
        text: t('settingsInvalid', t('setting_watchQueries'), t('queryLinesInvalid', queryProblems.join(', '))),
      });
      return;
    }
    const checked = validateSettings(candidate);
    if (!checked.ok) {
      setMessage({
        ok: false,
        text: t('settingsInvalid', t(`setting_${checked.field.split('.')[0] ?? ''}`), checked.message),
      });
      return;
    }
    try {
      await saveSettings(checked.settings);
      setMessage({ ok: true, text: t('saved') });
    } catch (err) {
      setMessage({ ok: false, text: t('settingsInvalid', '', err instanceof Error ? err.message : String(err)) });
    }
  };

  return (
    <form noValidate onSubmit={(e) => void save(e)} aria-labelledby="settings-title">
      <h2 id="settings-title">{t('settingsTitle')}</h2>

      <div class="field">
        <label for="language">{t('setting_language')}</label>
        <select
          id="language"
          value={language}
          onChange={(e) => setLanguage((e.currentTarget as HTMLSelectElement).value as Settings['language'])}
        >
          {LANGUAGES.map((l) => (
            <option key={l} value={l}>
              {t(`language_${l}`)}
            </option>
          ))}
        </select>
      </div>

      <fieldset>
        <legend>{t('setting_sites')}</legend>
        {SITES.map((s: Site) => (
          <label key={s} class="check">
            <input
              type="checkbox"
              checked={sites[s]}
              onChange={(e) => setSites({ ...sites, [s]: (e.currentTarget as HTMLInputElement).checked })}
            />{' '}
            {siteLabel(s)}
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>{t('setting_badgeFull')}</legend>
        <label class="check">
          <input
            type="checkbox"
            checked={badgeFull}
            onChange={(e) => setBadgeFull((e.currentTarget as HTMLInputElement).checked)}
          />{' '}
          {t('badgeFullLabel')}
        </label>
      </fieldset>

      <fieldset>
        <legend>{t('setting_thresholds')}</legend>
        <div class="field">
          <label for="th-complaint">{t('thresholdComplaint')}</label>
          <input
            id="th-complaint"
            type="number"
            min="0"
            max="1"
            step="0.05"
            value={complaint}
            onInput={(e) => setComplaint((e.currentTarget as HTMLInputElement).value)}
          />
        </div>
        <div class="field">
          <label for="th-negative">{t('thresholdNegative')}</label>
          <input
            id="th-negative"
            type="number"
            min="-1"
            max="0"
            step="0.05"
            value={negative}
            aria-describedby="th-negative-hint"
            onInput={(e) => setNegative((e.currentTarget as HTMLInputElement).value)}
          />
          <span class="hint" id="th-negative-hint">
            {t('thresholdNegativeEmpty')}
          </span>
        </div>
      </fieldset>

      <fieldset>
        <legend>{t('setting_retentionDays')}</legend>
        <label class="check">
          <input
            type="checkbox"
            checked={retentionOn}
            onChange={(e) => setRetentionOn((e.currentTarget as HTMLInputElement).checked)}
          />{' '}
          {t('retentionOn')}
        </label>
        <div class="field">
          <label for="retention-days">{t('retentionDays')}</label>
          <input
            id="retention-days"
            type="number"
            min="1"
            max="3650"
            step="1"
            disabled={!retentionOn}
            value={retentionDays}
            onInput={(e) => setRetentionDays((e.currentTarget as HTMLInputElement).value)}
          />
        </div>
      </fieldset>

      <WatchQueries value={queries} onInput={setQueries} onProblems={setQueryProblems} />

      <Categories ids={categories} onIds={setCategories} keywords={keywords} onKeywords={setKeywords} />

      <div class="buttons">
        <button type="submit" class="primary">
          {t('saveSettings')}
        </button>
      </div>
      <div aria-live="polite" data-testid="settings-message">
        {message?.ok && <p>{message.text}</p>}
      </div>
      {message && !message.ok && (
        <p class="error" role="alert">
          {message.text}
        </p>
      )}
    </form>
  );
}
