// Options → Team: join the office's team server (its address, then a password or an invite
// code), choose the office, upload the complaints logged before joining (asked, with their
// number), and leave (keeping or clearing the team's complaints). Access to the server's origin
// is asked of the browser at the click on "Sign in", for that origin only, and given back at
// sign-out.
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { t } from '../../i18n/translate';
import { serverOrigin } from '../../team/origin';
import type { TeamStatus } from '../../team/status';
import { ask } from '../send';
import { roleLabel, signInError } from '../team/labels';
import { SyncLine } from '../team/SyncLine';
import { TextField } from './TextField';

type Mode = 'password' | 'invite';

export function TeamSection() {
  const [status, setStatus] = useState<TeamStatus | undefined>(undefined);
  const [server, setServer] = useState('');
  const [mode, setMode] = useState<Mode>('password');
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const [info, setInfo] = useState('');
  const [unshared, setUnshared] = useState(0);
  const [office, setOffice] = useState<number | undefined>(undefined);

  useEffect(() => {
    void ask({ type: 'team/status' }).then((r) => r.ok && setStatus(r.value));
  }, []);

  const signIn = async (e: Event) => {
    e.preventDefault();
    setError('');
    setInfo('');
    const origin = serverOrigin(server);
    if (!origin) {
      setError(t('teamErr_invalid_address', server));
      return;
    }
    // Asked first, in the click itself (the browser shows its prompt only for a user's gesture).
    const granted = await browser.permissions.request({ origins: [`${origin}/*`] }).catch(() => false);
    if (!granted) {
      setError(t('teamPermissionDenied'));
      return;
    }
    setBusy(true);
    const r = await ask({ type: 'team/sign-in', server: origin, mode, username, password, code });
    setBusy(false);
    setPassword('');
    if (!r.ok) return setError(r.error.message);
    if ('failed' in r.value) {
      setError(signInError(r.value.failed));
      // Nothing joined: the access asked for a moment ago goes back.
      await browser.permissions.remove({ origins: [`${origin}/*`] }).catch(() => false);
      return;
    }
    setStatus(r.value.status);
    setUnshared(r.value.unshared);
  };

  const chooseOffice = async () => {
    if (office === undefined) return;
    const r = await ask({ type: 'team/office', officeId: office });
    if (r.ok) setStatus(r.value);
  };

  const upload = async () => {
    const r = await ask({ type: 'team/upload' });
    setUnshared(0);
    if (r.ok) setInfo(t('teamUploaded', String(r.value.uploaded)));
  };

  const signOut = async (keepData: boolean) => {
    const origin = status?.server;
    const r = await ask({ type: 'team/sign-out', keepData });
    if (!r.ok) return setError(r.error.message);
    if (origin) await browser.permissions.remove({ origins: [`${origin}/*`] }).catch(() => false);
    setStatus(r.value);
    setUnshared(0);
    setInfo(t('teamSignedOut'));
  };

  const signedIn = status && status.state !== 'off';
  return (
    <section id="team" aria-labelledby="team-title">
      <h2 id="team-title">{t('teamTitle')}</h2>
      <p>{t('teamIntro')}</p>
      <p class="hint">{t('teamSent')}</p>
      {!signedIn && (
        <form onSubmit={(e) => void signIn(e)} data-testid="team-sign-in">
          <TextField
            id="team-server"
            label={t('teamServer')}
            hint={t('teamServerHint')}
            inputMode="url"
            autoComplete="url"
            required
            value={server}
            onValue={setServer}
          />
          <fieldset class="field">
            <legend>{t('teamSignIn')}</legend>
            {(['password', 'invite'] as const).map((m) => (
              <label key={m} class="inline">
                <input type="radio" name="team-mode" value={m} checked={mode === m} onChange={() => setMode(m)} />{' '}
                {m === 'password' ? t('teamModePassword') : t('teamModeInvite')}
              </label>
            ))}
          </fieldset>
          {mode === 'invite' && (
            <TextField
              id="team-code"
              label={t('teamCode')}
              required
              autoComplete="off"
              value={code}
              onValue={setCode}
            />
          )}
          <TextField
            id="team-username"
            label={t('teamUsername')}
            required
            autoComplete="username"
            value={username}
            onValue={setUsername}
          />
          <TextField
            id="team-password"
            label={t('teamPassword')}
            secret
            required
            autoComplete={mode === 'invite' ? 'new-password' : 'current-password'}
            value={password}
            onValue={setPassword}
          />
          <button type="submit" disabled={busy}>
            {busy ? t('teamSigningIn') : t('teamSignIn')}
          </button>
        </form>
      )}
      {signedIn && (
        <div data-testid="team-signed-in">
          <p>
            {t('teamSignedInAs', status.username ?? '', status.server ?? '')}
            {status.office && ` · ${t('teamOffice')}: ${status.office.name} (${roleLabel(status.office.role)})`}
          </p>
          <SyncLine status={status} />
          {(status.state === 'choose-office' || status.offices.length > 1) && (
            <div class="field inline">
              <label for="team-office">{t('teamChooseOffice')}</label>
              <select
                id="team-office"
                value={String(office ?? status.office?.id ?? '')}
                onChange={(e) => setOffice(Number((e.currentTarget as HTMLSelectElement).value))}
              >
                <option value="" disabled>
                  {t('teamOffice')}
                </option>
                {status.offices.map((o) => (
                  <option key={o.id} value={String(o.id)}>
                    {o.name} ({roleLabel(o.role)})
                  </option>
                ))}
              </select>
              <button type="button" onClick={() => void chooseOffice()}>
                {t('teamUseOffice')}
              </button>
            </div>
          )}
          {unshared > 0 && status.office && (
            <fieldset class="confirm" data-testid="team-upload">
              <legend>{t('teamUploadAsk', String(unshared))}</legend>
              <button type="button" onClick={() => void upload()}>
                {t('teamUpload')}
              </button>{' '}
              <button type="button" onClick={() => setUnshared(0)}>
                {t('teamUploadLater')}
              </button>
            </fieldset>
          )}
          <h3>{t('teamSignOutTitle')}</h3>
          {status.pending > 0 && <p class="hint">{t('teamSignOutPending', String(status.pending))}</p>}
          <div class="buttons">
            <button type="button" onClick={() => void signOut(true)}>
              {t('teamSignOutKeep')}
            </button>
            <button type="button" class="danger" onClick={() => void signOut(false)}>
              {t('teamSignOutClear')}
            </button>
          </div>
        </div>
      )}
      <div aria-live="polite">{info && <p data-testid="team-info">{info}</p>}</div>
      {error && (
        <p class="error" role="alert" data-testid="team-error">
          {error}
        </p>
      )}
    </section>
  );
}
