// A word without its clitic particle or possessive ("pelayanannya" → "pelayanan", "nunggunya" →
// "nunggu"): the sentiment model reads both the word and its base.

const PARTICLES = ['nya', 'lah', 'kah', 'pun', 'ku', 'mu'];

/** The word without a clitic particle or possessive; short words are left alone ("kamu"). */
export function stripParticle(word: string): string {
  if (word.length < 6) return word;
  for (const p of PARTICLES) if (word.endsWith(p)) return word.slice(0, word.length - p.length);
  return word;
}
