// Reads callgrind_annotate's report of bench/lib/analysis-passes.ts (see bench/instructions.sh)
// and prints the instructions a post: the JIT code and builtins (the analysis itself) apart from
// V8's compiler, its garbage collector and the rest, and with `top` the costliest functions,
// named from node's --perf-basic-prof map of the JIT code's addresses.
//   node --import tsx bench/lib/callgrind-summary.ts ANNOTATED PERF_MAP POSTS STAGE TOP
import { existsSync, readFileSync } from 'node:fs';

const [annotated = '', perfMap = '', postsArg = '0', stage = 'analyze', topArg = '0'] = process.argv.slice(2);
const posts = Number(postsArg);
if (!(posts > 0)) {
  console.error('no posts were counted: see the run above');
  process.exit(1);
}

/** The JIT code's functions by address, sorted, from the perf map ("start size name" a line). */
const code = existsSync(perfMap)
  ? readFileSync(perfMap, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => {
        const [start = '0', size = '0', ...name] = line.split(' ');
        return { start: Number.parseInt(start, 16), size: Number.parseInt(size, 16), name: name.join(' ') };
      })
      .sort((a, b) => a.start - b.start)
  : [];

/** The function whose code holds address a (the last one mapped there: code is moved and remapped). */
function nameAt(a: number): string {
  let lo = 0;
  let hi = code.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((code[mid]?.start ?? 0) <= a) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  for (let i = found; i >= 0 && i > found - 64; i--) {
    const c = code[i];
    if (c && a < c.start + c.size) return c.name.replace(/file:\/\/\S*?\/src\/core\//, '');
  }
  return 'JIT code (unnamed)';
}

const GC = /Mark|Sweep|Evacuat|Scaveng|Heap|Collector|Remembered|Slot|IteratePointers|Migrat|GC|Compactor|Worklist/;
const COMPILER = /compiler::|Maglev|maglev|Turbofan|turboshaft/;
let total = 0;
const spent = { jit: 0, gc: 0, compiler: 0, other: 0 };
const byFunction = new Map<string, number>();
for (const line of readFileSync(annotated, 'utf8').split('\n')) {
  const m = /^\s*([\d,]+) \(\s*[\d.]+%\)\s+(.*)$/.exec(line);
  if (!m) continue;
  const n = Number((m[1] as string).replaceAll(',', ''));
  const where = m[2] as string;
  if (where.includes('PROGRAM TOTALS')) {
    total = n;
    continue;
  }
  const jit = /\?\?\?:0x([0-9a-f]+)/.exec(where);
  const builtin = /Builtins_(\w+)/.exec(where);
  if (jit || builtin) {
    spent.jit += n;
    const name = jit ? nameAt(Number.parseInt(jit[1] as string, 16)) : `builtin ${builtin?.[1]}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + n);
  } else if (COMPILER.test(where)) spent.compiler += n;
  else if (GC.test(where)) spent.gc += n;
  else spent.other += n;
}
const perPost = (n: number) => Math.round(n / posts).toLocaleString('en');
console.log(`stage ${stage}, ${posts.toLocaleString('en')} posts (instructions a post)`);
console.log(`  JIT code + builtins (the analysis): ${perPost(spent.jit)}`);
console.log(
  `  compiler ${perPost(spent.compiler)}, garbage collector ${perPost(spent.gc)}, other ${perPost(spent.other)}; all ${perPost(total)}`,
);
const top = Number(topArg);
if (top > 0) {
  console.log(`  costliest functions${code.length === 0 ? ' (no perf map: JIT code unnamed)' : ''}:`);
  for (const [name, n] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, top))
    console.log(`  ${perPost(n).padStart(8)}  ${name.slice(0, 110)}`);
}
