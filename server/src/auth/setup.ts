// The first start: the organisation row, and a one-time code for the first admin, printed to
// whoever started the server. While nobody has signed up, every start prints a fresh code
// (the old one stops working); once the first admin exists, no code is made again.
import type { Db } from '../db/db';
import { codeHash, newCode } from './tokens';

const SETUP_TTL_MS = 24 * 3600_000;

export async function prepareSetup(db: Db, orgName = 'BPJS Kesehatan'): Promise<string | undefined> {
  return db.tx(async (q) => {
    await q.query('insert into organisation (id, name) values (1, $1) on conflict (id) do nothing', [orgName]);
    const [{ n } = { n: 0 }] = await q.query<{ n: number }>('select count(*)::int as n from users');
    if (n > 0) return undefined;
    const code = newCode();
    await q.query('update organisation set setup_code_hash = $1, setup_expires_at = now_ms() + $2 where id = 1', [
      codeHash(code),
      SETUP_TTL_MS,
    ]);
    return code;
  });
}
