import { describe, expect, it } from 'vitest';
import { makeComplaint } from '../../tests/support/complaints';
import type { Complaint } from './schema';
import { median, teamFigures } from './team-figures';

const HOUR = 3_600_000;

function shared(i: number, over: Partial<Complaint>, loggers: string[], assignee: string | null, doneAfter?: number) {
  const c = makeComplaint(i, over);
  return {
    ...c,
    team: {
      loggers,
      assignee,
      lastSeq: i,
      history:
        doneAfter === undefined
          ? []
          : [
              {
                seq: i,
                field: 'status',
                from: 'new',
                to: over.status ?? 'resolved',
                by: assignee ?? '',
                at: c.createdAt + doneAfter,
              },
            ],
    },
  };
}

describe('the office figures', () => {
  it('counts by status and category, the median time from logged to done, and per staff member', () => {
    const log = [
      shared(1, { status: 'resolved', category: 'antrean' }, ['ani'], 'budi', 2 * HOUR),
      shared(2, { status: 'resolved', category: 'antrean' }, ['ani', 'budi'], 'budi', 4 * HOUR),
      shared(3, { status: 'in-progress', category: 'rujukan' }, ['budi'], 'ani'),
      shared(4, { status: 'new', category: 'antrean' }, ['citra'], null),
      shared(5, { status: 'dismissed', category: 'obat' }, ['ani'], 'ani', 1 * HOUR),
      shared(6, { status: 'new', deleted: 1 }, ['ani'], null),
    ];
    const f = teamFigures(log);
    expect(f.total).toBe(5);
    expect(f.byStatus).toEqual({ resolved: 2, 'in-progress': 1, new: 1, dismissed: 1 });
    expect(f.byCategory).toEqual([
      ['antrean', 3],
      ['obat', 1],
      ['rujukan', 1],
    ]);
    expect(f.medianResponseMs).toBe(2 * HOUR);
    expect(f.staff).toEqual([
      { username: 'ani', logged: 3, handling: 1, done: 1, medianResponseMs: 1 * HOUR },
      { username: 'budi', logged: 2, handling: 0, done: 2, medianResponseMs: 3 * HOUR },
      { username: 'citra', logged: 1, handling: 0, done: 0, medianResponseMs: undefined },
    ]);
  });

  it('median of an even count is the mean of the middle two; of nothing, nothing', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeUndefined();
  });
});
