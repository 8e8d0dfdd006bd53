// The English reading of a post: VADER's compound over the word list's sums (polarity.ts), with
// the project's own weighting and bands. English has no training data Simak may ship that
// carries over to strangers' tweets (docs/model.md, "What did not help (English)"), so rules it is.

import { round } from '../round';
import type { Token } from '../text/token';
import { englishMarks } from '../token-clues';
import type { Sentiment, SentimentLabel } from '../types';
import { EXCLAMATION_MARK, QUESTION_MARK } from './english-marks';
import type { Polarity } from './polarity';

/**
 * A negative word counts this many times a positive one of the same valence: posts that take no
 * stance are full of mild praise words ("best", "win", "free", "hope"), while a complaint or a
 * bad mood often shows in one negative word among neutral ones. Chosen on the project's English
 * tweets (data/corpus-en) with the bands below, on a grid of 1…2.5 (docs/model.md).
 */
export const EN_NEGATIVE_WEIGHT = 1.75;
/** Below −this the compound reads negative (VADER's own band). */
export const EN_NEGATIVE_FROM = 0.05;
/** Above this it reads positive: one mild praise word alone ("top", "hope") stays neutral. */
export const EN_POSITIVE_FROM = 0.25;
const QUESTION_DAMPING = 0.5;
/** VADER's amplifier per exclamation mark (Hutto & Gilbert 2014). */
const EXCLAMATION_BOOST = 0.292;
/** VADER's normalisation constant: compound = s / √(s² + α). */
const EN_ALPHA = 15;

/**
 * The post's two compounds, −1…1: `weighed`, over the sums with negative words weighed more,
 * decides the label; `score` is the same lean told on VADER's own scale, so that a post of one
 * side only scores as VADER would (the complaint reading and the user's negative threshold read
 * it): the weighed sum, on the negative side divided back by the weight.
 */
export function englishCompound(tokens: readonly Token[], rules: Polarity): { weighed: number; score: number } {
  let s = rules.pos - EN_NEGATIVE_WEIGHT * rules.neg;
  // A question asks more than it praises ("anyone going to the best show tonight?").
  // The marks move only a sum that leans: a post of no sentiment word (s = 0) is not walked.
  if (s !== 0) {
    let question = false;
    let exclamations = 0;
    // By the marks in the tokens' clue codes (english-marks.ts): no string compared a token.
    for (let i = 0; i < tokens.length; i++) {
      const marks = englishMarks(tokens[i] as Token);
      if (marks & QUESTION_MARK) question = true;
      else if (marks & EXCLAMATION_MARK) exclamations++;
    }
    if (s > 0 && question) s *= QUESTION_DAMPING;
    // VADER's emphasis: each "!" (up to four) adds to the side the words already took.
    s += Math.sign(s) * EXCLAMATION_BOOST * Math.min(4, exclamations);
  }
  return { weighed: squash(s), score: squash(s < 0 ? s / EN_NEGATIVE_WEIGHT : s) };
}

const squash = (s: number) => s / Math.sqrt(s * s + EN_ALPHA);

export function englishSentiment(tokens: readonly Token[], rules: Polarity): Sentiment {
  const { weighed, score } = englishCompound(tokens, rules);
  const label: SentimentLabel =
    weighed > EN_POSITIVE_FROM ? 'positive' : weighed < -EN_NEGATIVE_FROM ? 'negative' : 'neutral';
  return {
    label,
    score: round(score),
    // Neutral is surest at 0 and half sure at the edge of its band, which is wider on the
    // positive side.
    confidence: round(
      label === 'neutral'
        ? 1 - Math.abs(weighed) / (weighed > 0 ? EN_POSITIVE_FROM : EN_NEGATIVE_FROM) / 2
        : 0.5 + Math.abs(score) / 2,
    ),
    drivers: rules.drivers,
  };
}
