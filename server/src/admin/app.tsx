// The admin page: sign in (or the first admin's setup), pick an office, manage it. Text from
// the server is shown as text (Preact escapes it), never as HTML.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { api, token } from './api';
import { type Lang, STRINGS } from './i18n';
import { OfficeView } from './office';

export interface Me {
  username: string;
  orgAdmin: boolean;
  offices: { id: number; name: string; role: string }[];
}

type T = (typeof STRINGS)['id'];

function SignIn({ t, onIn }: { t: T; onIn: () => void }) {
  const [setup, setSetup] = useState(false);
  const [error, setError] = useState('');
  const submit = async (e: Event) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget as HTMLFormElement);
    const body = Object.fromEntries(f.entries());
    try {
      const r = await api<{ token: string }>('POST', setup ? '/api/setup' : '/api/login', body);
      token.set(r.token);
      onIn();
    } catch (x) {
      setError(`${t.error}: ${(x as Error).message}`);
    }
  };
  return (
    <form class="card" onSubmit={submit} aria-label={setup ? t.firstSetup : t.signIn}>
      <h2>{setup ? t.firstSetup : t.signIn}</h2>
      {setup && (
        <label>
          {t.setupCode}
          <input name="code" autocomplete="off" required />
        </label>
      )}
      <label>
        {t.username}
        <input name="username" autocomplete="username" required />
      </label>
      <label>
        {t.password}
        <input name="password" type="password" autocomplete={setup ? 'new-password' : 'current-password'} required />
      </label>
      {setup && (
        <label>
          {t.officeName}
          <input name="office" required />
        </label>
      )}
      <button type="submit">{setup ? t.setUp : t.signIn}</button>
      <button type="button" class="link" onClick={() => setSetup(!setup)}>
        {setup ? t.haveAccount : t.firstSetup}
      </button>
      {error && <p role="alert">{error}</p>}
    </form>
  );
}

function App() {
  const [lang, setLang] = useState<Lang>((localStorage.getItem('simak-team-lang') as Lang) ?? 'id');
  const [me, setMe] = useState<Me | undefined>();
  const [office, setOffice] = useState<number | undefined>();
  const [newOffice, setNewOffice] = useState('');
  const t = STRINGS[lang];

  const load = async () => {
    if (!token.get()) return setMe(undefined);
    try {
      const m = await api<Me>('GET', '/api/me');
      setMe(m);
      setOffice((o) => o ?? m.offices[0]?.id);
    } catch {
      token.clear();
      setMe(undefined);
    }
  };
  useEffect(() => {
    void load();
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t.title;
    localStorage.setItem('simak-team-lang', lang);
  }, [lang]);

  const signOut = async () => {
    await api('POST', '/api/logout').catch(() => {});
    token.clear();
    setMe(undefined);
    setOffice(undefined);
  };
  const createOffice = async (e: Event) => {
    e.preventDefault();
    const o = await api<{ id: number }>('POST', '/api/offices', { name: newOffice });
    setNewOffice('');
    await load();
    setOffice(o.id);
  };

  return (
    <main>
      <header>
        <h1>{t.title}</h1>
        <button type="button" class="link" onClick={() => setLang(lang === 'id' ? 'en' : 'id')}>
          {t.language}
        </button>
        {me && (
          <>
            <span class="who">{me.username}</span>
            <button type="button" onClick={signOut}>
              {t.signOut}
            </button>
          </>
        )}
      </header>
      {!me ? (
        <SignIn t={t} onIn={load} />
      ) : (
        <div class="layout">
          <nav aria-label={t.offices}>
            <h2>{t.offices}</h2>
            <ul>
              {me.offices.map((o) => (
                <li key={o.id}>
                  <button type="button" aria-current={o.id === office} onClick={() => setOffice(o.id)}>
                    {o.name} <small>({t.roles[o.role as keyof T['roles']] ?? o.role})</small>
                  </button>
                </li>
              ))}
            </ul>
            {me.orgAdmin && (
              <form onSubmit={createOffice}>
                <label>
                  {t.newOffice}
                  <input
                    value={newOffice}
                    onInput={(e) => setNewOffice((e.target as HTMLInputElement).value)}
                    required
                  />
                </label>
                <button type="submit">{t.create}</button>
              </form>
            )}
          </nav>
          {office !== undefined && (
            <OfficeView
              key={office}
              t={t}
              lang={lang}
              officeId={office}
              role={me.offices.find((o) => o.id === office)?.role ?? 'viewer'}
            />
          )}
        </div>
      )}
    </main>
  );
}

const root = document.getElementById('app');
if (root) render(<App />, root);
