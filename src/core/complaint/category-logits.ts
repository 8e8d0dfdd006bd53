// The category half of the post model (post-model.ts): a sigmoid per taxonomy category over the
// post's features. The kind model reads every post's features as they come; the categories keep
// the ones that weigh for some category and sum them only when asked. (Skipping the sums when
// an upper bound shows no category can reach its floor was tried: on the bench's posts it held
// for 31 posts in 16,394, so the sums are simply done.)
import { unpackHundredths } from '../model/packed-weights';
import shipped from '../model/post-kind.json';
import { residentArray } from '../model/resident-array';
import { round } from '../round';
import type { Phrase } from './phrase';

const MAX_CATEGORIES = 3;
/** A feature's mark in `weighs`. */
const UNASKED = 0;
const WEIGHS = 1;
const WEIGHS_NOT = 2;
/** A phrase's category when it names none (a cue), and when it names the user's own (the model has no number for it). */
export const NOT_A_CATEGORY = -2;
export const OWN_CATEGORY = -1;
/** Room for a post's kept features; past it the rest are not kept (as before: a 20,000-character post). */
const KEPT_ROOM = 512;

/**
 * The shipped model's category arrays, as this module's own constants: the post model's category
 * half when it is the shipped model (see post-model.ts's RESIDENT_ constants: the loops read
 * them at addresses and lengths written into their code).
 */
const RESIDENT_CAT_W = residentArray(Float32Array, shipped.features.length * shipped.categories.length);
/** The shipped model's category weights, for the post model's drivers (which copy the binding: see post-model.ts). */
export const SHIPPED_CATEGORY_WEIGHTS = RESIDENT_CAT_W;
const RESIDENT_WEIGHS = residentArray(Uint8Array, shipped.features.length);
const RESIDENT_CAT_Z = residentArray(Float64Array, shipped.categories.length);
const RESIDENT_HIT = residentArray(Int32Array, shipped.categories.length);
const RESIDENT_KEPT_FEATURES = residentArray(Int32Array, KEPT_ROOM);
const RESIDENT_KEPT_VALUES = residentArray(Float64Array, KEPT_ROOM);
let residentTaken = false;

/** What a taxonomy (its category phrase groups → category id) is to the model, worked out once per taxonomy. */
interface TaxonomyView {
  /** Which of the model's categories the taxonomy holds (1) or not (0). */
  active: Uint8Array;
  /** A category phrase group → its category's number in the model, or OWN_CATEGORY for a category the model lacks (the user's own). */
  categoryOf: ReadonlyMap<string, number>;
}

export interface CategoryWeights {
  categories: readonly string[];
  /** Feature i has category[C·i …], packed (packed-weights.ts). */
  category: string;
  categoryScale: number;
  categoryShift: number;
  categoryFloor: number;
  firstFloor: number;
}

export class CategoryLogits {
  private readonly C: number;
  /**
   * Feature i's weights for the categories at C·i (single precision: the weights are stored to
   * two decimals, and half the bytes stay in cache). Filled at the feature's first post, from
   * `hundredths` (see askWeighs): 0 until then. Every reader asks `keep` first.
   */
  readonly catW: Float32Array;
  /** The packed weights as counts of hundredths, each turned into its weight at its feature's first post. */
  private readonly hundredths: Int16Array;
  /**
   * Whether each feature has some weight for some category: WEIGHS or WEIGHS_NOT once asked, 0
   * before. Worked out at a feature's first post, not for all 21,000 at start-up.
   */
  private readonly weighs: Uint8Array;
  /** Whether this is the shipped model's, whose arrays are the module's RESIDENT_ constants. */
  private readonly resident: boolean;
  /**
   * The category logit from which a category reaches the first floor, and the floor's: a·z + b ≥
   * logit(floor). In a typed array, so that a read gives the double itself: a field holding a
   * double is a box, which the optimized loop checked and read again at every category.
   */
  private readonly floorLogits: Float64Array;
  private readonly catZ: Float64Array;
  /** The categories whose keywords the post holds: those whose entry is the number of the ask (see assert). */
  private readonly hit: Int32Array;
  private asked = 0;
  /**
   * The post's asserted categories (see assert), reused: a category's number, or -1 - k for the
   * user's own category ownIds[k], and its probability.
   */
  private readonly picked: number[] = [];
  private readonly pickedProbability: number[] = [];
  private readonly ownIds: string[] = [];
  private readonly views = new WeakMap<ReadonlyMap<string, string>, TaxonomyView>();
  private lastGroups: ReadonlyMap<string, string> | undefined;
  private lastView: TaxonomyView | undefined;
  /** The post's features that weigh for a category (as where their weights start) and their values. */
  private readonly keptFeatures: Int32Array;
  private readonly keptValues: Float64Array;
  private keptCount = 0;
  /**
   * How many of the kept features lead with the value 1 (the bias, the post's words, its
   * phrases): the sums add their weights as they are, with no value read and no product (w · 1
   * is w, so the same numbers); -1 until a feature of another value is kept.
   */
  private onesEnd = -1;

  /**
   * `firstSight`, if given, is told of each feature at its first post, before any of its weights
   * is read (the post model makes its kind weights then). `resident`: the shipped post model's
   * alone (the module's arrays are one model's).
   */
  constructor(
    private readonly w: CategoryWeights,
    private readonly firstSight?: (feature: number) => void,
    resident = false,
  ) {
    const C = w.categories.length;
    this.C = C;
    // 300,000 weights, most of them of features no post of a day holds: each feature's are made
    // at its first post rather than all of them at start-up (a tenth of a cold start).
    this.hundredths = unpackHundredths(w.category);
    const features = this.hundredths.length / Math.max(1, C);
    if (
      resident &&
      (residentTaken || this.hundredths.length !== RESIDENT_CAT_W.length || features !== RESIDENT_WEIGHS.length)
    )
      throw new Error('only the shipped post model holds the resident arrays');
    if (resident) residentTaken = true;
    this.resident = resident;
    this.catW = resident ? RESIDENT_CAT_W : new Float32Array(this.hundredths.length);
    this.weighs = resident ? RESIDENT_WEIGHS : new Uint8Array(features);
    this.keptFeatures = resident ? RESIDENT_KEPT_FEATURES : new Int32Array(KEPT_ROOM);
    this.keptValues = resident ? RESIDENT_KEPT_VALUES : new Float64Array(KEPT_ROOM);
    const logitOf = (p: number) => (Math.log(p / (1 - p)) - w.categoryShift) / w.categoryScale;
    this.floorLogits = Float64Array.of(logitOf(w.firstFloor), logitOf(w.categoryFloor));
    this.catZ = resident ? RESIDENT_CAT_Z : new Float64Array(C);
    this.hit = resident ? RESIDENT_HIT : new Int32Array(C);
  }

  /** Before a post's features. */
  reset(): void {
    this.keptCount = 0;
    this.onesEnd = -1;
  }

  /** Keeps feature i with value v, if it weighs for some category. */
  keep(i: number, v: number): void {
    const resident = this.resident;
    let weighs = (resident ? RESIDENT_WEIGHS : this.weighs)[i];
    if (weighs === UNASKED) weighs = this.askWeighs(i);
    const kept = this.keptCount;
    if (weighs !== WEIGHS || kept === KEPT_ROOM) return;
    if (v !== 1 && this.onesEnd < 0) this.onesEnd = kept;
    (resident ? RESIDENT_KEPT_FEATURES : this.keptFeatures)[kept] = i * this.C;
    (resident ? RESIDENT_KEPT_VALUES : this.keptValues)[kept] = v;
    this.keptCount = kept + 1;
  }

  /**
   * Keeps the first `count` of `features`, each of value 1, that weigh for some category: as
   * `keep` one by one, in one loop over locals (the post model's walk lists its features first).
   */
  keepOnes(features: Int32Array, count: number): void {
    const { resident } = this;
    // `| 0`: a whole number for Math.imul (read as it is, it was made a double and back at every feature).
    const C = this.C | 0;
    const weighs = resident ? RESIDENT_WEIGHS : this.weighs;
    const keptFeatures = resident ? RESIDENT_KEPT_FEATURES : this.keptFeatures;
    const keptValues = resident ? RESIDENT_KEPT_VALUES : this.keptValues;
    // Among the leading features of value 1 (no other value kept yet), the sums read no value.
    const valued = this.onesEnd >= 0;
    let kept = this.keptCount;
    for (let f = 0; f < count; f++) {
      const i = features[f] as number;
      let answer = weighs[i];
      if (answer === UNASKED) answer = this.askWeighs(i);
      if (answer !== WEIGHS || kept === KEPT_ROOM) continue;
      keptFeatures[kept] = Math.imul(i, C);
      if (valued) keptValues[kept] = 1;
      kept++;
    }
    this.keptCount = kept;
  }

  /**
   * At feature i's first post: makes its weights (n / 100, the very numbers the packed form
   * holds) and tells whether one is not 0, kept for the next ask.
   */
  private askWeighs(i: number): number {
    this.firstSight?.(i);
    const { C, catW, hundredths } = this;
    let answer = WEIGHS_NOT;
    for (let at = i * C, c = 0; c < C; c++) {
      const n = hundredths[at + c] as number;
      if (n === 0) continue;
      catW[at + c] = n / 100;
      answer = WEIGHS;
    }
    this.weighs[i] = answer;
    return answer;
  }

  /**
   * The categories at or above the floor, most likely first, at most three, of the post whose
   * features were kept: the model's, and any category of the user's own whose keywords the post
   * holds (the model has no weights for it: the keyword alone asserts it). `firstFloor` false:
   * the likeliest needs the floor as well (a post unlikely to be a complaint).
   */
  categories(
    phrases: readonly Phrase[],
    categoryGroups: ReadonlyMap<string, string>,
    firstFloor: boolean,
    phraseCategory?: Int32Array,
  ): { id: string; probability: number }[] {
    const n = this.assert(phrases, categoryGroups, firstFloor, phraseCategory, true);
    const out: { id: string; probability: number }[] = [];
    for (let k = 0; k < n; k++) out.push({ id: this.idAt(k), probability: this.pickedProbability[k] as number });
    return out;
  }

  /**
   * The ids of the categories `categories` gives, in its order: what the analysis reports. No
   * object a category, and an array made at its size (a post asserts one or two).
   */
  categoryIds(
    phrases: readonly Phrase[],
    categoryGroups: ReadonlyMap<string, string>,
    firstFloor: boolean,
    phraseCategory?: Int32Array,
  ): string[] {
    const n = this.assert(phrases, categoryGroups, firstFloor, phraseCategory, false);
    if (n === 0) return [];
    if (n === 1) return [this.idAt(0)];
    if (n === 2) return [this.idAt(0), this.idAt(1)];
    return [this.idAt(0), this.idAt(1), this.idAt(2)];
  }

  /** The id of the k-th category asserted (see assert). */
  private idAt(k: number): string {
    const c = this.picked[k] as number;
    return c >= 0 ? (this.w.categories[c] as string) : (this.ownIds[-1 - c] as string);
  }

  /** The category logits of the kept features, in the model's category order (its own array). */
  logits(): Float64Array {
    this.sums();
    return this.catZ;
  }

  /** The category logits of the kept features, into catZ. */
  private sums(): void {
    const C = this.C;
    // Locals, not fields, in the inner loop: V8 then keeps the arrays in registers.
    const resident = this.resident;
    const catZ = resident ? RESIDENT_CAT_Z : this.catZ;
    const catW = resident ? RESIDENT_CAT_W : this.catW;
    const keptFeatures = resident ? RESIDENT_KEPT_FEATURES : this.keptFeatures;
    const keptValues = resident ? RESIDENT_KEPT_VALUES : this.keptValues;
    // Category by category, each sum in a register rather than stored back at every feature: the
    // terms are added in the same order as feature by feature, so the sums are the same numbers.
    // Fourteen categories a pass over the features (the model's fourteen in one): each feature's
    // place and value read once for all fourteen, the sums in fourteen registers (seven a pass,
    // two passes, cost 7 % more); a model's remainder one by one.
    // The leading features of value 1 in a loop of their own, with no value and no product. A
    // place plus a category is `| 0`: a whole number that cannot overflow (the compiler then
    // checks none).
    const kept = this.keptCount;
    const ones = this.onesEnd < 0 ? kept : this.onesEnd;
    let c = 0;
    for (; c + 14 <= C; c += 14) {
      let z0 = 0;
      let z1 = 0;
      let z2 = 0;
      let z3 = 0;
      let z4 = 0;
      let z5 = 0;
      let z6 = 0;
      let z7 = 0;
      let z8 = 0;
      let z9 = 0;
      let z10 = 0;
      let z11 = 0;
      let z12 = 0;
      let z13 = 0;
      let n = 0;
      for (; n < ones; n++) {
        const at = ((keptFeatures[n] as number) + c) | 0;
        z0 += catW[at] as number;
        z1 += catW[(at + 1) | 0] as number;
        z2 += catW[(at + 2) | 0] as number;
        z3 += catW[(at + 3) | 0] as number;
        z4 += catW[(at + 4) | 0] as number;
        z5 += catW[(at + 5) | 0] as number;
        z6 += catW[(at + 6) | 0] as number;
        z7 += catW[(at + 7) | 0] as number;
        z8 += catW[(at + 8) | 0] as number;
        z9 += catW[(at + 9) | 0] as number;
        z10 += catW[(at + 10) | 0] as number;
        z11 += catW[(at + 11) | 0] as number;
        z12 += catW[(at + 12) | 0] as number;
        z13 += catW[(at + 13) | 0] as number;
      }
      for (; n < kept; n++) {
        const at = ((keptFeatures[n] as number) + c) | 0;
        const v = keptValues[n] as number;
        z0 += (catW[at] as number) * v;
        z1 += (catW[(at + 1) | 0] as number) * v;
        z2 += (catW[(at + 2) | 0] as number) * v;
        z3 += (catW[(at + 3) | 0] as number) * v;
        z4 += (catW[(at + 4) | 0] as number) * v;
        z5 += (catW[(at + 5) | 0] as number) * v;
        z6 += (catW[(at + 6) | 0] as number) * v;
        z7 += (catW[(at + 7) | 0] as number) * v;
        z8 += (catW[(at + 8) | 0] as number) * v;
        z9 += (catW[(at + 9) | 0] as number) * v;
        z10 += (catW[(at + 10) | 0] as number) * v;
        z11 += (catW[(at + 11) | 0] as number) * v;
        z12 += (catW[(at + 12) | 0] as number) * v;
        z13 += (catW[(at + 13) | 0] as number) * v;
      }
      catZ[c] = z0;
      catZ[c + 1] = z1;
      catZ[c + 2] = z2;
      catZ[c + 3] = z3;
      catZ[c + 4] = z4;
      catZ[c + 5] = z5;
      catZ[c + 6] = z6;
      catZ[c + 7] = z7;
      catZ[c + 8] = z8;
      catZ[c + 9] = z9;
      catZ[c + 10] = z10;
      catZ[c + 11] = z11;
      catZ[c + 12] = z12;
      catZ[c + 13] = z13;
    }
    for (; c < C; c++) {
      let z = 0;
      for (let n = 0; n < kept; n++) z += (catW[(keptFeatures[n] as number) + c] as number) * (keptValues[n] as number);
      catZ[c] = z;
    }
  }

  /**
   * Works out the categories asserted, most likely first, at most three, into `picked` (a
   * category's number in the model, or -1 - k for the user's own category ownIds[k]) and
   * `pickedProbability` (`probabilities` false: only where they order the categories); returns
   * how many.
   */
  private assert(
    phrases: readonly Phrase[],
    categoryGroups: ReadonlyMap<string, string>,
    firstFloor: boolean,
    phraseCategory: Int32Array | undefined,
    probabilities: boolean,
  ): number {
    const view = this.viewOf(categoryGroups);
    const { picked, pickedProbability, ownIds, resident, C } = this;
    const hit = resident ? RESIDENT_HIT : this.hit;
    const { categoryScale: a, categoryShift: b, categoryFloor } = this.w;
    const firstLogit = this.floorLogits[0] as number;
    const floorLogit = this.floorLogits[1] as number;
    // A category is hit when hit[c] is this ask's number: nothing to clear between posts.
    const asked = ++this.asked;
    let anyOwn = false;
    for (let j = 0; j < phrases.length; j++) {
      const c = categoryOfPhrase(phrases, j, view, phraseCategory);
      if (c >= 0) hit[c] = asked;
      else if (c === OWN_CATEGORY) anyOwn = true;
    }
    this.sums();
    const catZ = resident ? RESIDENT_CAT_Z : this.catZ;
    // Only the taxonomy's categories count (the user may have removed some); a category whose
    // keywords the post holds (the user's own, or the taxonomy's) is asserted at any probability,
    // after the likelier ones.
    const { active } = view;
    // The likeliest from the first floor, the others from the floor: compared as logits, so only
    // the few asserted pay for an exp. One pass finds the likeliest and takes the categories
    // from the floor (or hit), in order; the likeliest is then put in or taken out by its own floor.
    let best = -1;
    let bestZ = 0;
    let n = 0;
    for (let c = 0; c < C; c++) {
      if (active[c] !== 1) continue;
      const z = catZ[c] as number;
      if (best < 0 || z > bestZ) {
        best = c;
        bestZ = z;
      }
      if (hit[c] === asked || !(z < floorLogit)) picked[n++] = c;
    }
    if (best >= 0 && hit[best] !== asked) {
      const taken = !(bestZ < floorLogit);
      const passes = !(bestZ < (firstFloor ? firstLogit : floorLogit));
      if (passes && !taken) {
        // In its place among the others, by category number.
        let j = n++;
        for (; j > 0 && (picked[j - 1] as number) > best; j--) picked[j] = picked[j - 1] as number;
        picked[j] = best;
      } else if (taken && !passes) {
        let j = 0;
        while (picked[j] !== best) j++;
        for (n--; j < n; j++) picked[j] = picked[j + 1] as number;
      }
    }
    // The categories are ordered by their rounded probabilities (equal ones by number), so those
    // are worked out when there are two or more to order, or when asked for; the analysis asks
    // only for the ids, and most posts assert one category: no exp for it.
    if (probabilities || n > 1 || anyOwn)
      for (let k = 0; k < n; k++)
        pickedProbability[k] = round(1 / (1 + Math.exp(-(a * (catZ[picked[k] as number] as number) + b))));
    let own = 0;
    if (anyOwn)
      for (let j = 0; j < phrases.length; j++) {
        if (categoryOfPhrase(phrases, j, view, phraseCategory) !== OWN_CATEGORY) continue;
        const id = categoryGroups.get((phrases[j] as Phrase).group) as string;
        let k = 0;
        while (k < own && ownIds[k] !== id) k++;
        if (k < own) continue;
        ownIds[own++] = id;
        picked[n] = -1 - k;
        pickedProbability[n] = categoryFloor;
        n++;
      }
    // Heaviest first, the earlier first among equals (an insertion sort: a handful at most).
    for (let i = 1; i < n; i++) {
      const c = picked[i] as number;
      const p = pickedProbability[i] as number;
      let j = i;
      for (; j > 0 && (pickedProbability[j - 1] as number) < p; j--) {
        picked[j] = picked[j - 1] as number;
        pickedProbability[j] = pickedProbability[j - 1] as number;
      }
      picked[j] = c;
      pickedProbability[j] = p;
    }
    return Math.min(n, MAX_CATEGORIES);
  }

  /** The taxonomy as the model sees it, once per taxonomy. */
  private viewOf(categoryGroups: ReadonlyMap<string, string>): TaxonomyView {
    // Posts come in a run under one taxonomy: the last one's answer is kept at hand.
    if (categoryGroups === this.lastGroups && this.lastView !== undefined) return this.lastView;
    let view = this.views.get(categoryGroups);
    if (!view) {
      const ids = new Set(categoryGroups.values());
      const categoryOf = new Map<string, number>();
      for (const [group, id] of categoryGroups) categoryOf.set(group, this.w.categories.indexOf(id));
      view = { active: Uint8Array.from(this.w.categories, (id) => (ids.has(id) ? 1 : 0)), categoryOf };
      this.views.set(categoryGroups, view);
    }
    this.lastGroups = categoryGroups;
    this.lastView = view;
    return view;
  }
}

/**
 * The category of the phrase at `j`: from the caller's `phraseCategory` (the post model's, by the
 * phrase's place), else from the taxonomy's view.
 */
function categoryOfPhrase(
  phrases: readonly Phrase[],
  j: number,
  view: TaxonomyView,
  phraseCategory: Int32Array | undefined,
): number {
  if (phraseCategory !== undefined) return phraseCategory[j] as number;
  return view.categoryOf.get((phrases[j] as Phrase).group) ?? NOT_A_CATEGORY;
}
