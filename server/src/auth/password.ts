// Passwords are stored as scrypt hashes (node:crypto, memory-hard, no native add-on to build):
// `scrypt$N$r$p$salt$hash`, so the cost can be raised later and old hashes still check.
import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

// The tests lower the cost (their own env) so hundreds of sign-ups stay quick; never below 2^10.
const N = Math.max(1024, Number(process.env.SIMAK_TEAM_SCRYPT_N) || 16_384);
const R = 8;
const P = 1;
const KEYLEN = 32;

function derive(password: string, salt: Buffer, n: number, r: number, p: number): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFKC'), salt, KEYLEN, { N: n, r, p, maxmem: 256 * n * r }, (e, key) =>
      e ? reject(e) : resolve(key),
    ),
  );
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, N, R, P);
  return `scrypt$${N}$${R}$${P}$${salt.toString('base64url')}$${key.toString('base64url')}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [kind, n, r, p, salt, hash] = stored.split('$');
  if (kind !== 'scrypt' || !salt || !hash) return false;
  const key = await derive(password, Buffer.from(salt, 'base64url'), Number(n), Number(r), Number(p));
  const want = Buffer.from(hash, 'base64url');
  return want.length === key.length && timingSafeEqual(want, key);
}

/** A hash of nothing, checked when a username is unknown so that answer takes as long as a wrong password. */
export const DUMMY_HASH = await hashPassword(randomBytes(12).toString('hex'));

/** Passwords: long enough to matter, short enough that hashing cannot be used to stall the server. */
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;
