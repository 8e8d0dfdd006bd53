// The posts and watch queries the analysis benches run on (npm run bench:score, bench:instructions).

import * as data from '../../scripts/lib/datasets';
import type { WatchQuery } from '../../src/core/query';

/**
 * The bench's real posts (IDSA, TweetEval, Telco, Mobile JKN, complaints-en), each as the worker
 * receives a post: through runtime.sendMessage, which serialises it, so a fresh string of its own.
 * Read from a file by split(), a text is a slice of the whole file's string (and toLowerCase hands
 * a lower-case one back as it is), and every character read through a slice costs an indirection
 * more, which the worker never pays: IDSA's tweets, two thirds of these posts, are written in
 * lower case. `every`: one post in that many. Exits when ../shared/data is not there.
 */
export function benchPosts(every = 1): string[] {
  const texts = JSON.parse(
    JSON.stringify(
      [
        ...(data.idsa() ?? []),
        ...(data.tweeteval() ?? []),
        ...(data.telco() ?? []),
        ...(data.mobileJkn() ?? []),
        ...(data.complaintsEn() ?? []),
      ]
        .filter((_, i) => i % every === 0)
        .map((i) => i.text),
    ),
  ) as string[];
  if (texts.length * every < 10_000) {
    console.error(`only ${texts.length} posts found under ${data.DATA_DIR}: the bench needs ../shared/data`);
    process.exit(2);
  }
  return texts;
}

/** The watch queries the benches analyse every post with, as a user's list might hold. */
export const BENCH_QUERIES: readonly WatchQuery[] = [
  { id: 'antrean', source: 'antri* OR antre* OR "nunggu lama"' },
  { id: 'login', source: '(login OR masuk) NEAR/3 (gagal OR "tidak bisa" OR error)' },
  { id: 'bpjs', source: 'bpjs OR jkn OR "mobile jkn"' },
];
