// The words inside a mention or hashtag: "@BPJSKesehatanRI" is "bpjs kesehatan ri",
// "#antrilama" is "antri lama". Tokens are lower case by then, so the words are found by the
// dictionary: the split into known words that leaves the fewest letters unexplained, then the
// fewest words. Watch queries read them, so `bpjs` hears the mention of the institution's own
// account; the tag itself stays one token for everything else.
import type { KnownWord } from './normalize';
import { spellingVariant } from './variants';

/** Words of the domain a general word list may lack, as they appear in account names and tags. */
const DOMAIN_WORDS = new Set(
  (
    'bpjs jkn kis kes kesehatan ketenagakerjaan ri id official info kemenkes faskes rs rsud puskesmas antri antrian ' +
    'lapor layanan pelayanan care help cs indonesia mobile pasien dokter obat klinik rumah sakit sehat'
  ).split(' '),
);

/** Longer tags are not split: a pasted run of letters is not a name. */
const MAX_BODY = 40;
/** The longest word looked for. */
const MAX_WORD = 20;
const MIN_WORD = 2;

/**
 * The words of a tag ("@bpjskesehatanri" → ["bpjs", "kesehatan", "ri"]); `also` names words to
 * find besides the known ones (a watch list's own words). Runs of letters no word explains are
 * kept as one piece. Empty for a tag that is one word or none.
 */
export function tagWords(tag: string, known: KnownWord, also: (w: string) => boolean = () => false): string[] {
  const out: string[] = [];
  for (const chunk of tag.slice(1).split(/[_\d]+/)) {
    if (chunk.length === 0) continue;
    if (chunk.length > MAX_BODY) {
      out.push(chunk);
      continue;
    }
    out.push(...split(chunk, (w) => known(w) || DOMAIN_WORDS.has(w) || also(w)));
  }
  const words = out.map(spellingVariant);
  return words.length === 1 && words[0] === tag.slice(1) ? [] : words;
}

/** The split of a chunk that leaves the fewest letters to unknown pieces, then has the fewest pieces. */
function split(chunk: string, isWord: (w: string) => boolean): string[] {
  const n = chunk.length;
  // cost[i]: [unexplained letters, pieces] of the best split of chunk[0, i); from[i]: where its last piece starts.
  const unexplained = new Array<number>(n + 1).fill(Number.POSITIVE_INFINITY);
  const pieces = new Array<number>(n + 1).fill(Number.POSITIVE_INFINITY);
  const from = new Array<number>(n + 1).fill(-1);
  const known = new Array<boolean>(n + 1).fill(false);
  unexplained[0] = 0;
  pieces[0] = 0;
  for (let i = 0; i < n; i++) {
    const u = unexplained[i] as number;
    if (u === Number.POSITIVE_INFINITY) continue;
    const p = pieces[i] as number;
    // One letter left unexplained.
    relax(i + 1, u + 1, p + 1, i, false);
    for (let j = i + MIN_WORD; j <= Math.min(n, i + MAX_WORD); j++) {
      if (isWord(chunk.slice(i, j))) relax(j, u, p + 1, i, true);
    }
  }
  const out: string[] = [];
  let end = n;
  let unknownEnd = -1;
  while (end > 0) {
    const start = from[end] as number;
    if (known[end]) {
      if (unknownEnd >= 0) out.push(chunk.slice(end, unknownEnd));
      unknownEnd = -1;
      out.push(chunk.slice(start, end));
    } else if (unknownEnd < 0) unknownEnd = end;
    end = start;
  }
  if (unknownEnd >= 0) out.push(chunk.slice(0, unknownEnd));
  return out.reverse();

  function relax(j: number, u: number, p: number, i: number, isKnown: boolean): void {
    const bu = unexplained[j] as number;
    if (u < bu || (u === bu && p < (pieces[j] as number))) {
      unexplained[j] = u;
      pieces[j] = p;
      from[j] = i;
      known[j] = isKnown;
    }
  }
}
