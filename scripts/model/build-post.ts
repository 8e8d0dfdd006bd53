// The post-kind and category models: out-of-fold calibration and figures, then the model that
// ships (see train-post.ts). The figures go into the model file so `npm run eval` can print them
// beside the measure sets.
import { sigmoid, softmax } from './train-logistic';
import {
  CATEGORIES,
  fitPlatt,
  fitTemperature,
  foldOf,
  KINDS,
  outOfFold,
  prepare,
  readCorpus,
  shippedModel,
} from './train-post';

/** Expected calibration error over ten equal-width bins of the probability. */
export function ece(pairs: readonly [number, boolean][]): number {
  const bins = Array.from({ length: 10 }, () => ({ n: 0, p: 0, y: 0 }));
  for (const [p, y] of pairs) {
    const b = bins[Math.min(9, Math.floor(p * 10))] as { n: number; p: number; y: number };
    b.n++;
    b.p += p;
    b.y += y ? 1 : 0;
  }
  return bins.reduce((s, b) => s + (b.n === 0 ? 0 : (b.n / pairs.length) * Math.abs(b.p / b.n - b.y / b.n)), 0);
}

export function buildPostModel() {
  const posts = readCorpus();
  const ps = prepare(posts);
  const oof = outOfFold(ps);
  const gold = ps.map((p) => KINDS.indexOf(p.post.kind));
  const temperature = fitTemperature(oof.kind, gold);
  const complaintAt = KINDS.indexOf('complaint');
  const complaintPairs = (t: number) =>
    oof.kind.map(
      (z, i) => [softmax(z.map((v) => v / t))[complaintAt] as number, gold[i] === complaintAt] as [number, boolean],
    );
  // Categories: every (complaint, category) pair's out-of-fold logit and whether the readers gave it.
  const catPairs: [number, boolean][] = [];
  ps.forEach((p, i) => {
    if (p.post.kind !== 'complaint') return;
    CATEGORIES.forEach((c, j) => {
      catPairs.push([oof.category[i]?.[j] ?? 0, p.post.categories.includes(c)]);
    });
  });
  const [a, b] = fitPlatt(catPairs);
  // The first category's floor: the one that gives most right first categories less half the wrong
  // ones (a wrong category misleads staff more than none).
  const firsts = ps.flatMap((p, i) => {
    if (p.post.kind !== 'complaint' || p.post.categories.length === 0) return [];
    const probs = (oof.category[i] ?? []).map((z) => sigmoid(a * z + b));
    const j = probs.indexOf(Math.max(...probs));
    return [[probs[j] ?? 0, p.post.categories.includes(CATEGORIES[j] as string)] as [number, boolean]];
  });
  let firstFloor = 0.5;
  let bestGain = Number.NEGATIVE_INFINITY;
  for (const f of [0.01, 0.02, 0.03, 0.04, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6]) {
    const gain = firsts.reduce((s, [p, hit]) => s + (p < f ? 0 : hit ? 1 : -0.5), 0);
    if (gain > bestGain) {
      bestGain = gain;
      firstFloor = f;
    }
  }
  const hits = firsts.filter(([p, hit]) => p >= firstFloor && hit).length;
  // Figures on out-of-fold predictions.
  const predicted = oof.kind.map((z) => {
    const p = softmax(z);
    return p.indexOf(Math.max(...p));
  });
  const confusion = KINDS.map((_, g) =>
    KINDS.map((_, k) => predicted.filter((p, i) => gold[i] === g && p === k).length),
  );
  const accuracy = predicted.filter((p, i) => p === gold[i]).length / ps.length;
  const cp = complaintPairs(temperature);
  const tp = cp.filter(([p, y]) => p >= 0.5 && y).length;
  const fp = cp.filter(([p, y]) => p >= 0.5 && !y).length;
  const fn = cp.filter(([p, y]) => p < 0.5 && y).length;
  const measured = {
    posts: ps.length,
    folds: [0, 1, 2, 3, 4].map((f) => ps.filter((p) => foldOf(p.post.id) === f).length),
    kindAccuracy: round(accuracy),
    kindConfusion: confusion,
    complaint: {
      precision: round(tp / (tp + fp)),
      recall: round(tp / (tp + fn)),
      f1: round((2 * tp) / (2 * tp + fp + fn)),
    },
    complaintEce: { uncalibrated: round(ece(complaintPairs(1))), calibrated: round(ece(cp)) },
    reliability: reliability(cp),
    categoryHit: round(hits / Math.max(1, firsts.length)),
  };
  const decisionRule = decisionRules(
    oof.kind.map((z) => softmax(z.map((v) => v / temperature))),
    gold,
    complaintAt,
  );
  const model = shippedModel(ps, {
    kindTemperature: temperature,
    categoryScale: a,
    categoryShift: b,
    categoryFloor: 0.5,
    firstFloor,
  });
  return { model: { trainedOn: 'the Simak corpus (data/corpus, MIT)', ...model, measured }, measured, decisionRule };
}

/**
 * The complaint decision, out of fold: the likeliest kind (argmax) against a floor on the
 * calibrated complaint probability. Printed by `npm run model -- --post` (not stored): the floor
 * that ships (0.5, classify.ts) is to be no worse here than any other (docs/model.md, seventh round).
 */
function decisionRules(p: readonly number[][], gold: readonly number[], complaintAt: number): string {
  const prf = (decide: (q: readonly number[]) => boolean) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    p.forEach((q, i) => {
      const d = decide(q);
      const y = gold[i] === complaintAt;
      if (d && y) tp++;
      else if (d) fp++;
      else if (y) fn++;
    });
    return `${round(tp / (tp + fp))}/${round(tp / (tp + fn))}/${round((2 * tp) / (2 * tp + fp + fn))}`;
  };
  const rows = [`argmax ${prf((q) => q.indexOf(Math.max(...q)) === complaintAt)}`];
  for (const floor of [0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65])
    rows.push(`${floor} ${prf((q) => (q[complaintAt] ?? 0) >= floor)}`);
  return `complaint P/R/F1 out of fold by rule: ${rows.join(', ')}`;
}

/** Ten bins: mean probability, observed rate and count (the reliability diagram as a table). */
function reliability(pairs: readonly [number, boolean][]): [number, number, number][] {
  const bins = Array.from({ length: 10 }, () => ({ n: 0, p: 0, y: 0 }));
  for (const [p, y] of pairs) {
    const bin = bins[Math.min(9, Math.floor(p * 10))] as { n: number; p: number; y: number };
    bin.n++;
    bin.p += p;
    bin.y += y ? 1 : 0;
  }
  return bins.map((bin) => [round(bin.n ? bin.p / bin.n : 0), round(bin.n ? bin.y / bin.n : 0), bin.n]);
}

const round = (x: number) => Math.round(x * 1000) / 1000;
