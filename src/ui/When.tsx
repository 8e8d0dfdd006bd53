// A record's time, as a <time> element. A time no Date can hold (a record from a bad import,
// or from an older build that let one in) shows as "unknown time" instead of throwing, which
// once left the popup's list empty while its header still counted the rows.
import { isoOrUndefined } from '../core/time-range';
import { t } from '../i18n/translate';
import { when } from './labels';

export function When({ ms }: { ms: number }) {
  const iso = isoOrUndefined(ms);
  if (iso === undefined) return <time>{t('timeUnknown')}</time>;
  return <time dateTime={iso}>{when(ms)}</time>;
}
