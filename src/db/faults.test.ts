import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { storageFault } from './faults';

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('storageFault', () => {
  it('finds a full disk however Dexie wraps it', () => {
    expect(storageFault(quota())).toBe('full');
    expect(storageFault(new Dexie.AbortError('Transaction aborted', quota()))).toBe('full');
    expect(storageFault(new Dexie.BulkError('1 of 2 failed', { 1: new Dexie.AbortError('aborted', quota()) }))).toBe(
      'full',
    );
  });

  it('tells a closed or failing database from a bug', () => {
    expect(storageFault(new Dexie.DatabaseClosedError())).toBe('closed');
    expect(storageFault(new Dexie.AbortError('Transaction aborted'))).toBe('other');
    expect(storageFault(new DOMException('gone', 'UnknownError'))).toBe('other');
    expect(storageFault(new TypeError('x is undefined'))).toBeUndefined();
    expect(storageFault('QuotaExceededError')).toBeUndefined();
    expect(storageFault(null)).toBeUndefined();
  });
});
