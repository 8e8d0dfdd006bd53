// The team's sync state in one line (popup, options, dashboard), with the latest refusal.

import { t } from '../../i18n/translate';
import type { TeamStatus } from '../../team/status';
import { refusalText, syncText } from './labels';

export function SyncLine({ status }: { status: TeamStatus }) {
  const text = syncText(status);
  if (!text) return null;
  const bad = status.state === 'error' || status.state === 'stopped' || status.state === 'offline';
  const refused = status.refused[0];
  return (
    <div class={`sync-line sync-${status.state}`} data-testid="sync-line" role={bad ? 'alert' : 'status'}>
      <span data-testid="sync-state" data-state={status.state}>
        {text}
      </span>
      {refused && <small data-testid="sync-refused"> · {t('syncRefused', refusalText(refused.reason))}</small>}
    </div>
  );
}
