// Secrets handed out by the server: session tokens, invite codes, the first-admin setup code.
// Only their SHA-256 is stored, so a copy of the database opens nothing. A session token is
// `<id>.<secret>`: the id finds the row, the secret is compared in constant time.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export const sha256 = (s: string): string => createHash('sha256').update(s).digest('base64url');

export function newSessionToken(): { id: string; secret: string; token: string } {
  const id = randomBytes(12).toString('base64url');
  const secret = randomBytes(32).toString('base64url');
  return { id, secret, token: `st_${id}.${secret}` };
}

export function splitSessionToken(token: string): { id: string; secret: string } | undefined {
  const m = /^st_([A-Za-z0-9_-]{16})\.([A-Za-z0-9_-]{43})$/.exec(token);
  return m?.[1] && m[2] ? { id: m[1], secret: m[2] } : undefined;
}

/** Compares a presented secret with a stored hash in time that does not depend on where they differ. */
export function secretMatches(secret: string, storedHash: string): boolean {
  const a = Buffer.from(sha256(secret));
  const b = Buffer.from(storedHash);
  return a.length === b.length && timingSafeEqual(a, b);
}

// Crockford-style alphabet without look-alikes: codes are read aloud and typed by hand.
const ALPHABET = 'ABCDEFGHJKMNPQRSTVWXYZ23456789';

/** A code like `K7QM-2XWP-D9HA-T3RE`: 80 bits, grouped for reading. */
export function newCode(groups = 4): string {
  const bytes = randomBytes(groups * 4);
  let out = '';
  for (let i = 0; i < bytes.length; i++) {
    if (i > 0 && i % 4 === 0) out += '-';
    out += ALPHABET[(bytes[i] ?? 0) % ALPHABET.length];
  }
  return out;
}

/** Codes are compared after removing spaces and dashes and upper-casing. */
export const normaliseCode = (code: string): string => code.replace(/[\s-]/g, '').toUpperCase();
export const codeHash = (code: string): string => sha256(`code:${normaliseCode(code)}`);
