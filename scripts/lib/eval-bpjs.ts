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
  out.push(`| gold \\\\ kind | ${kinds.join(' | ')} |`, `|---|${kinds.map(() => '---').join('|')}|`);
  for (const [name, row] of Object.entries(rows))
    out.push(`| ${name} | ${kinds.map((k) => row.get(k) ?? 0).join(' | ')} |`);
  return out;
}
