// One office in the admin page: its members and their roles, invites, and the audit log, as
// far as the signed-in person's role allows.
import { useEffect, useState } from 'preact/hooks';
import { api } from './api';
import type { Lang, STRINGS } from './i18n';

type T = (typeof STRINGS)['id'];
const ROLES = ['viewer', 'agent', 'supervisor', 'admin'] as const;
const RANK: Record<string, number> = { viewer: 0, agent: 1, supervisor: 2, admin: 3 };
const rank = (role: string): number => RANK[role] ?? -1;

interface Member {
  id: number;
  username: string;
  role: string;
  grantedAt: number;
}
interface Invite {
  id: number;
  role: string;
  expiresAt: number;
  createdBy: string;
}
interface AuditRow {
  id: number;
  at: number;
  actor: string | null;
  action: string;
  target: string | null;
  ip: string | null;
}

export function OfficeView({ t, lang, officeId, role }: { t: T; lang: Lang; officeId: number; role: string }) {
  const [members, setMembers] = useState<Member[]>([]);
  const [invites, setInvites] = useState<Invite[]>([]);
  const [audit, setAudit] = useState<AuditRow[]>([]);
  const [code, setCode] = useState('');
  const [error, setError] = useState('');
  const [inviteRole, setInviteRole] = useState('agent');
  const [hours, setHours] = useState(72);
  const base = `/api/offices/${officeId}`;
  const manages = rank(role) >= rank('supervisor');
  const isAdmin = role === 'admin';
  const when = (ms: number) => new Date(ms).toLocaleString(lang === 'id' ? 'id-ID' : 'en-GB');
  const grantable = ROLES.filter((r) => isAdmin || rank(r) < rank(role));

  const load = async () => {
    try {
      if (manages) {
        setMembers((await api<{ members: Member[] }>('GET', `${base}/members`)).members);
        setInvites((await api<{ invites: Invite[] }>('GET', `${base}/invites`)).invites);
      }
      if (isAdmin) setAudit((await api<{ entries: AuditRow[] }>('GET', `${base}/audit?limit=200`)).entries);
    } catch (e) {
      setError(`${t.error}: ${(e as Error).message}`);
    }
  };
  useEffect(() => {
    void load();
  }, [officeId]);

  const act = async (fn: () => Promise<unknown>) => {
    setError('');
    try {
      await fn();
    } catch (e) {
      setError(`${t.error}: ${(e as Error).message}`);
    }
    await load();
  };

  if (!manages) return <section class="card">{t.noAccess}</section>;
  return (
    <section class="office">
      {error && <p role="alert">{error}</p>}
      <h2>{t.members}</h2>
      <table aria-label={t.members}>
        <thead>
          <tr>
            <th>{t.username}</th>
            <th>{t.role}</th>
            <th>{t.since}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {members.map((m) => {
            const mayManage = isAdmin || rank(m.role) < rank(role);
            return (
              <tr key={m.id} data-user={m.username}>
                <td>{m.username}</td>
                <td>
                  {isAdmin ? (
                    <select
                      aria-label={`${t.role} ${m.username}`}
                      value={m.role}
                      onChange={(e) =>
                        act(() =>
                          api('PUT', `${base}/members/${m.id}`, { role: (e.target as HTMLSelectElement).value }),
                        )
                      }
                    >
                      {ROLES.map((r) => (
                        <option key={r} value={r}>
                          {t.roles[r]}
                        </option>
                      ))}
                    </select>
                  ) : (
                    t.roles[m.role as keyof T['roles']]
                  )}
                </td>
                <td>{when(m.grantedAt)}</td>
                <td>
                  {mayManage && (
                    <button
                      type="button"
                      onClick={() =>
                        confirm(t.confirmRevoke.replace('{name}', m.username)) &&
                        act(() => api('DELETE', `${base}/members/${m.id}`))
                      }
                    >
                      {t.revoke}
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>

      <h2>{t.invites}</h2>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void act(async () =>
            setCode((await api<{ code: string }>('POST', `${base}/invites`, { role: inviteRole, hours })).code),
          );
        }}
      >
        <label>
          {t.role}
          <select value={inviteRole} onChange={(e) => setInviteRole((e.target as HTMLSelectElement).value)}>
            {grantable.map((r) => (
              <option key={r} value={r}>
                {t.roles[r]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t.hours}
          <input
            type="number"
            min={1}
            max={336}
            value={hours}
            onInput={(e) => setHours(Number((e.target as HTMLInputElement).value))}
          />
        </label>
        <button type="submit">{t.invite}</button>
      </form>
      {code && (
        <p class="code">
          {t.newCode} <output>{code}</output>
        </p>
      )}
      <table aria-label={t.invites}>
        <tbody>
          {invites.map((i) => (
            <tr key={i.id}>
              <td>{t.roles[i.role as keyof T['roles']]}</td>
              <td>
                {t.expires} {when(i.expiresAt)}
              </td>
              <td>{i.createdBy}</td>
              <td>
                <button type="button" onClick={() => act(() => api('DELETE', `${base}/invites/${i.id}`))}>
                  {t.revoke}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      {isAdmin && (
        <>
          <h2>{t.audit}</h2>
          <table aria-label={t.audit}>
            <thead>
              <tr>
                <th>{t.when}</th>
                <th>{t.who}</th>
                <th>{t.action}</th>
                <th>{t.target}</th>
                <th>{t.address}</th>
              </tr>
            </thead>
            <tbody>
              {audit.map((a) => (
                <tr key={a.id}>
                  <td>{when(a.at)}</td>
                  <td>{a.actor}</td>
                  <td>{a.action}</td>
                  <td>{a.target}</td>
                  <td>{a.ip}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
