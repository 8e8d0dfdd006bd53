import { decodeTime, isValid } from 'ulid';
import { describe, expect, it } from 'vitest';
import { complaintId } from './complaint-id';

describe('complaint ids', () => {
  it('are ULIDs of the time given, unique, and sort by that time', () => {
    const at = Date.UTC(2026, 11, 4, 9);
    // More than the pool of random bytes holds, so it is refilled on the way.
    const ids = Array.from({ length: 1_000 }, (_, i) => complaintId(at + i));
    for (const [i, id] of ids.entries()) {
      expect(isValid(id)).toBe(true);
      expect(decodeTime(id)).toBe(at + i);
    }
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
    // The random part uses every character of the alphabet, as a uniform source would.
    expect(new Set(ids.flatMap((id) => [...id.slice(10)])).size).toBe(32);
  });
});
