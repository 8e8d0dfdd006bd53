// The evaluation's section on real posts about BPJS: whether the first category Simak gives a
// real complaint is one the readers gave, and which kind Simak reads complaints and the rest as.
import { analyze } from '../../src/core/analyze';
import type { BpjsItem } from './datasets';

const pct = (x: number) => x.toFixed(3);

/** The kind Simak gives a post (older analyses had none: complaint or not). */
function kindOf(text: string): string {
  const a = analyze(text) as ReturnType<typeof analyze> & { kind?: { label: string } };
  return a.kind?.label ?? (a.complaint.is ? 'complaint' : 'other');
}

export function bpjsSection(items: BpjsItem[] | undefined): string[] {
  if (!items) return ['## BPJS tweets dev: categories and kinds', '', 'absent'];
  const out = ['## BPJS tweets dev: categories and kinds', ''];
  // Category hit: over real complaints the readers gave a category, the first one Simak gives is theirs.
  const withCategory = items.filter((i) => i.complaint === true && (i.categories?.length ?? 0) > 0);
  let hit = 0;
  let given = 0;
  for (const i of withCategory) {
    const first = analyze(i.text).complaint.categories[0];
    if (first !== undefined) given++;
    if (first !== undefined && i.categories?.includes(first)) hit++;
  }
  out.push(
    `Category hit (the first category Simak gives is one of the readers'; real complaints with a category, n = ${withCategory.length}): **${pct(hit / Math.max(1, withCategory.length))}**; a category given at all: ${pct(given / Math.max(1, withCategory.length))}.`,
  );
  out.push('');
  const kinds = ['complaint', 'inquiry', 'news', 'opinion', 'praise', 'other'];
  const rows = { complaint: new Map<string, number>(), 'not a complaint': new Map<string, number>() };
  for (const i of items) {
    if (i.complaint === undefined) continue;
    const row = i.complaint ? rows.complaint : rows['not a complaint'];
    const k = kindOf(i.text);
    row.set(k, (row.get(k) ?? 0) + 1);
  }
  out.push("Kinds Simak reads (rows: the readers' complaint label; columns: Simak's kind)", '');
  out.push(`| gold \\ kind | ${kinds.join(' | ')} |`, `|---|${kinds.map(() => '---').join('|')}|`);
  // The readers gave no kind, only complaint or not: the kind is right when it says complaint
  // exactly for their complaints.
  const right =
    (rows.complaint.get('complaint') ?? 0) +
    [...rows['not a complaint']].reduce((n, [k, c]) => n + (k === 'complaint' ? 0 : c), 0);
  const all = [...rows.complaint.values(), ...rows['not a complaint'].values()].reduce((a, b) => a + b, 0);
  out.splice(
    out.length - 2,
    0,
    `Kind accuracy as complaint or not (the readers gave no other kind): **${pct(right / Math.max(1, all))}** of ${all} posts.`,
    '',
  );
  for (const [name, row] of Object.entries(rows))
    out.push(`| ${name} | ${kinds.map((k) => row.get(k) ?? 0).join(' | ')} |`);
  return out;
}

interface Measured {
  posts: number;
  kindAccuracy: number;
  kindConfusion: number[][];
  complaint: { precision: number; recall: number; f1: number };
  complaintEce: { uncalibrated: number; calibrated: number };
  reliability: [number, number, number][];
  categoryHit: number;
}

/**
 * The post model's figures on the corpus it is trained on, out of fold (each post predicted by a
 * model trained on the other four fifths), as `npm run model` measured them.
 */
export function corpusSection(kinds: readonly string[], m: Measured | undefined): string[] {
  if (!m) return [];
  const out = ['## Post kinds and calibration on the corpus (five-fold, out of fold)', ''];
  out.push(
    `The project's corpus (${m.posts} posts, data/corpus): kind accuracy **${pct(m.kindAccuracy)}**; complaint precision ${pct(m.complaint.precision)}, recall ${pct(m.complaint.recall)}, F1 ${pct(m.complaint.f1)}; category hit ${pct(m.categoryHit)}.`,
    `Expected calibration error of the complaint probability (ten bins): ${pct(m.complaintEce.uncalibrated)} as trained, ${pct(m.complaintEce.calibrated)} after the temperature fitted on these predictions.`,
    '',
    `| gold \\ kind | ${kinds.join(' | ')} |`,
    `|---|${kinds.map(() => '---').join('|')}|`,
  );
  m.kindConfusion.forEach((row, i) => {
    out.push(`| ${kinds[i]} | ${row.join(' | ')} |`);
  });
  out.push(
    '',
    'Reliability of the complaint probability (out of fold):',
    '',
    '| bin | mean probability | complaints | posts |',
    '|---|---|---|---|',
  );
  m.reliability.forEach(([p, y, n], i) => {
    out.push(`| ${(i / 10).toFixed(1)}–${((i + 1) / 10).toFixed(1)} | ${pct(p)} | ${pct(y)} | ${n} |`);
  });
  return out;
}

/** Expected calibration error of the complaint probability on a measure set, with its bins. */
export function calibrationLine(name: string, pairs: readonly [number, boolean][]): string {
  const bins = Array.from({ length: 10 }, () => ({ n: 0, p: 0, y: 0 }));
  for (const [p, y] of pairs) {
    const b = bins[Math.min(9, Math.floor(p * 10))] as { n: number; p: number; y: number };
    b.n++;
    b.p += p;
    b.y += y ? 1 : 0;
  }
  const ece = bins.reduce((s, b) => s + (b.n === 0 ? 0 : (b.n / pairs.length) * Math.abs(b.p / b.n - b.y / b.n)), 0);
  return `| ${name} | ${pairs.length} | ${pct(ece)} |`;
}
