// The sentiment stage keeps what it worked out about each token in rows by token id: these
// tests hold it to the same answers once the token records are forgotten and the ids reused.
import { describe, expect, it } from 'vitest';
import sentimentWeights from '../model/sentiment-id.json';
import { readTokens } from '../text/normalize';
import { TOKEN_LIMIT, tokenGeneration, tokenOf } from '../text/token';
import { polarity } from './polarity';
import { INDONESIAN, makeSentimentModel } from './sentiment';

const model = makeSentimentModel(sentimentWeights);
/** The word folding the analysis tokenizes with (analyze.ts's knowsWord is this model's). */
const knowsWord = model.knows;

const INDONESIAN_POSTS = [
  'pelayanannya bagus banget, petugasnya ramah dan cepat',
  'tidak jelek sih tapi lambat banget prosesnya',
  'kenapa klaim saya ditolak? padahal berkas sudah lengkap #kecewa',
  'jangan patah semangat ya, terima kasih 🙏😊',
];
const ENGLISH_POSTS = ['the app is not good, very slow', 'anyone going to the best show tonight?'];

function scoreAll() {
  return [
    ...INDONESIAN_POSTS.map((p) => model.indonesian(readTokens(p, knowsWord))),
    ...ENGLISH_POSTS.map((p) => model.english(readTokens(p, knowsWord))),
  ];
}

describe('sentiment across generations of token records', () => {
  it('scores the same once the records are forgotten and the ids given to other words', () => {
    const before = scoreAll();
    const generation = tokenGeneration();
    for (let i = 0; i < TOKEN_LIMIT; i++) tokenOf(`filler${i}`);
    // Other words first, so that the posts' words get ids other rows held before.
    readTokens('kantor cabang buka jam delapan pagi');
    expect(tokenGeneration()).toBe(generation + 1);
    expect(scoreAll()).toEqual(before);
  });
});

describe('polarity drivers', () => {
  it('names each driver once, strongest first, at most five', () => {
    const tokens = readTokens('buruk, bagus, buruk sekali, kecewa, senang, marah, lambat', knowsWord);
    const { drivers } = polarity(tokens, INDONESIAN);
    expect(drivers).toHaveLength(5);
    expect(new Set(drivers).size).toBe(5);
    expect(drivers.filter((d) => d === 'buruk')).toHaveLength(1);
  });
});
