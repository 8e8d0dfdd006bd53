// Classification figures for the evaluation: confusion matrix, accuracy, per-class and macro F1,
// macro recall (TweetEval's official measure).

export interface Scores<L extends string> {
  n: number;
  accuracy: number;
  macroF1: number;
  macroRecall: number;
  perClass: Record<L, { precision: number; recall: number; f1: number }>;
  /** confusion[gold][predicted] */
  confusion: Record<L, Record<L, number>>;
}

export function score<L extends string>(classes: readonly L[], gold: readonly L[], predicted: readonly L[]): Scores<L> {
  const confusion = Object.fromEntries(
    classes.map((g) => [g, Object.fromEntries(classes.map((p) => [p, 0]))]),
  ) as Record<L, Record<L, number>>;
  let correct = 0;
  gold.forEach((g, i) => {
    const p = predicted[i] as L;
    confusion[g][p] = (confusion[g][p] ?? 0) + 1;
    if (g === p) correct++;
  });
  const perClass = {} as Scores<L>['perClass'];
  for (const c of classes) {
    const tp = confusion[c][c];
    const fp = classes.reduce((s, g) => s + (g === c ? 0 : confusion[g][c]), 0);
    const fn = classes.reduce((s, p) => s + (p === c ? 0 : confusion[c][p]), 0);
    const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
    const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
    perClass[c] = {
      precision,
      recall,
      f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    };
  }
  const mean = (f: (c: L) => number) => classes.reduce((s, c) => s + f(c), 0) / classes.length;
  return {
    n: gold.length,
    accuracy: gold.length === 0 ? 0 : correct / gold.length,
    macroF1: mean((c) => perClass[c].f1),
    macroRecall: mean((c) => perClass[c].recall),
    perClass,
    confusion,
  };
}
