// The team's words for the pages: the sync line, roles, refusals and sign-in failures, in
// the UI language. Each key is spelled out (no key built from a code) so the locale test sees it.
import { t } from '../../i18n/translate';
import type { TeamFailure } from '../../messaging/replies';
import type { TeamStatus } from '../../team/status';
import type { Office } from '../../team/views';

/** The one line saying how the sync stands; undefined without a team (nothing to say). */
export function syncText(s: TeamStatus): string | undefined {
  switch (s.state) {
    case 'off':
      return undefined;
    case 'choose-office':
      return t('syncChooseOffice');
    case 'synced':
      return t('syncSynced');
    case 'waiting':
      return t('syncWaiting', String(s.pending));
    case 'offline':
      return t('syncOffline', String(s.pending));
    case 'stopped':
      return s.error?.code === 'unauthorised' ? t('syncStoppedUnauthorised') : t('syncStoppedForbidden');
    case 'error':
      return s.error?.code === 'no-permission' ? t('syncNoPermission') : t('syncError', s.error?.message ?? '');
  }
}

export function roleLabel(role: Office['role']): string {
  switch (role) {
    case 'viewer':
      return t('teamRole_viewer');
    case 'agent':
      return t('teamRole_agent');
    case 'supervisor':
      return t('teamRole_supervisor');
    case 'admin':
      return t('teamRole_admin');
  }
}

export function refusalText(reason: string): string {
  return reason === 'forbidden' ? t('refused_forbidden') : t('refused_other', reason);
}

export function signInError(f: TeamFailure): string {
  switch (f.code) {
    case 'invalid-address':
      return t('teamErr_invalid_address', f.message);
    case 'no-permission':
      return t('teamPermissionDenied');
    case 'offline':
      return t('teamErr_offline');
    case 'bad-credentials':
      return t('teamErr_bad_credentials');
    case 'bad-code':
      return t('teamErr_bad_code');
    case 'username-taken':
      return t('teamErr_username_taken');
    case 'locked':
      return t('teamErr_locked');
    case 'rate-limited':
      return t('teamErr_rate_limited');
    default:
      return t('teamErr_other', f.message);
  }
}

/** May this role move complaints others hold (assign, take over)? */
export const manages = (role: Office['role'] | undefined): boolean => role === 'supervisor' || role === 'admin';
