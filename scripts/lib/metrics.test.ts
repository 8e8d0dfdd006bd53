import { describe, expect, it } from 'vitest';
import { score } from './metrics';

describe('score', () => {
  it('computes accuracy, per-class F1, macro figures and the confusion matrix', () => {
    const gold = ['a', 'a', 'a', 'b', 'b', 'c'] as const;
    const pred = ['a', 'a', 'b', 'b', 'c', 'c'] as const;
    const s = score(['a', 'b', 'c'], gold, pred);
    expect(s.accuracy).toBeCloseTo(4 / 6);
    expect(s.confusion.a).toEqual({ a: 2, b: 1, c: 0 });
    expect(s.perClass.a).toEqual({ precision: 1, recall: 2 / 3, f1: 0.8 });
    expect(s.perClass.b.f1).toBeCloseTo(0.5);
    expect(s.perClass.c.f1).toBeCloseTo(2 / 3);
    expect(s.macroRecall).toBeCloseTo((2 / 3 + 1 / 2 + 1) / 3);
  });
});
