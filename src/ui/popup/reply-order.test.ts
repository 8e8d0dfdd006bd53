// Replies to the popup's list requests, arriving in any order: what draws only moves forward,
// and the latest request's reply always draws.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ReplyOrder } from './reply-order';

describe('the order replies draw in', () => {
  it('for any order of arrival, each page draws increasing requests, the latest asked always among them', () => {
    fc.assert(
      fc.property(
        fc
          .array(fc.nat({ max: 2 }), { minLength: 1, maxLength: 12 })
          .chain((pages) =>
            fc.tuple(fc.constant(pages), fc.shuffledSubarray([...pages.keys()], { minLength: pages.length })),
          ),
        ([pages, arrival]) => {
          const order = new ReplyOrder();
          const seqs = pages.map(() => order.next());
          const drew = new Map<number, number[]>();
          for (const i of arrival) {
            const page = pages[i] as number;
            if (order.mayDraw(page, seqs[i] as number)) drew.set(page, [...(drew.get(page) ?? []), seqs[i] as number]);
          }
          for (const [page, list] of drew) {
            expect(list).toEqual([...list].sort((a, b) => a - b));
            const latest = Math.max(...seqs.filter((_, i) => pages[i] === page));
            expect(list.at(-1)).toBe(latest);
          }
          expect([...drew.keys()].sort()).toEqual([...new Set(pages)].sort());
        },
      ),
    );
  });

  it('after a new filter, the new filter’s first reply draws whatever the old one drew', () => {
    const order = new ReplyOrder();
    const old = order.next();
    const fresh = order.next();
    expect(order.mayDraw(0, fresh)).toBe(true);
    order.reset();
    expect(order.mayDraw(0, old)).toBe(true);
  });
});
