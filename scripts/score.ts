// npm run score: batch-scores posts for analysts, and is how the analysis is judged.
//   npm run score -- [FILE] [--csv --text-column NAME [--id-column NAME]] [--queries FILE]
// Reads JSON lines {"id", "text"} (or CSV) from FILE or stdin; writes one JSON line per good
// input, in order. A bad line is named on stderr with its line number and skipped; the exit
// code is 1 if any line was bad, 2 if the command itself could not run.
import { createReadStream, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { parse } from 'csv-parse';
import { type AnalyzeOptions, analyze } from '../src/core/analyze';
import { scoreRecord } from './lib/score-record';
import { loadWatchQueries } from './lib/watch-queries';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    csv: { type: 'boolean', default: false },
    'text-column': { type: 'string', default: 'text' },
    'id-column': { type: 'string', default: 'id' },
    queries: { type: 'string' },
  },
});

const input = positionals[0] ? createReadStream(positionals[0]) : process.stdin;
let options: AnalyzeOptions = {};
if (values.queries) {
  try {
    options = { queries: loadWatchQueries(readFileSync(values.queries, 'utf8')) };
  } catch (e) {
    console.error(`score: ${(e as Error).message}`);
    process.exit(2);
  }
}

let bad = 0;
let good = 0;
const out: string[] = [];
const flush = () => {
  if (out.length > 0) process.stdout.write(`${out.join('\n')}\n`);
  out.length = 0;
};
const emit = (id: unknown, text: string) => {
  out.push(JSON.stringify(scoreRecord(id, analyze(text, options))));
  good++;
  if (out.length >= 500) flush();
};
const reject = (line: number, why: string) => {
  bad++;
  console.error(`line ${line}: ${why} (skipped)`);
};

if (values.csv) {
  const textColumn = values['text-column'];
  const parser = input.pipe(
    parse({ bom: true, columns: true, relax_column_count: true, info: true, skip_empty_lines: true }),
  );
  let row = 0;
  parser.on('error', (e) => {
    console.error(`score: the CSV could not be read: ${e.message}`);
    process.exitCode = 1;
  });
  for await (const rec of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
    row++;
    if (row === 1 && !(textColumn in rec.record)) {
      // A wrong column name fails every row alike: say so once, with the names there are.
      console.error(
        `score: the CSV has no column "${textColumn}"; its columns are: ${Object.keys(rec.record).join(', ')}`,
      );
      process.exit(2);
    }
    const text = rec.record[textColumn];
    if (typeof text !== 'string') {
      reject(rec.info.lines, `no column "${textColumn}"`);
      continue;
    }
    emit(rec.record[values['id-column']] ?? row, text);
  }
} else {
  let line = 0;
  for await (const raw of createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY })) {
    line++;
    if (raw.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      reject(line, 'not JSON');
      continue;
    }
    const rec = value as { id?: unknown; text?: unknown } | null;
    if (rec === null || typeof rec !== 'object' || typeof rec.text !== 'string') {
      reject(line, 'expected an object with a "text" string');
      continue;
    }
    emit(rec.id ?? null, rec.text);
  }
}
flush();
console.error(`scored ${good}, skipped ${bad}`);
if (bad > 0) process.exitCode = 1;
