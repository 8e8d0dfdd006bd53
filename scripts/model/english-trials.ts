// `npm run model -- --english-trials`: the trained English sentiment models tried on the project's
// English tweets, as the table in docs/model.md. The settings would be chosen on the tweets' own
// cross-validation; TweetEval val is printed beside them as a measure, never to choose.
import { tweeteval } from '../lib/datasets';
import { readEnglishCorpus } from '../lib/english-corpus';
import { runEnglishTrials } from './train-sentiment-en';

export function printEnglishTrials(): void {
  const te = tweeteval();
  const results = runEnglishTrials(readEnglishCorpus(), te ? { 'TweetEval val': te } : {});
  console.log('| model | by topic | older → general | general → older | TweetEval val (measure) |');
  console.log('|---|---|---|---|---|');
  for (const r of results) {
    const f = (x: number | undefined) => (x === undefined ? 'absent' : x.toFixed(3));
    console.log(
      `| ${r.trial.name} | ${f(r.byTopic)} | ${f(r.oldToGeneral)} | ${f(r.generalToOld)} | ${f(r.measured['TweetEval val'])} |`,
    );
  }
}
