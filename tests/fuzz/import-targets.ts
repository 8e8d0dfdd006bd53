// Fuzz targets for import: random, truncated and mutated export files. The file is checked
// whole before anything is written, so every rejected file must leave the log as it was.
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import * as v from 'valibot';
import { SimakDb } from '../../src/db/db';
import { ComplaintRecordSchema, mergeComplaints, parseExport } from '../../src/export/import';
import { exportFile } from '../../src/export/run';
import { makeComplaint } from '../support/complaints';
import { hostileText } from './hostile-text';

const REASONS = ['too-large', 'not-json', 'not-simak', 'schema-version', 'invalid-record'];

/** A real export of a small log, made once, and the log it came from. */
let exported: Promise<{ text: string; log: SimakDb; before: string }> | undefined;
function realExport() {
  exported ??= (async () => {
    const log = new SimakDb(`fuzz-import-${process.pid}`);
    await log.delete();
    await log.open();
    await log.complaints.bulkAdd(
      Array.from({ length: 6 }, (_, i) => makeComplaint(i, { notes: i % 2 ? ['catatan', '=HYPERLINK("x")'] : [] })),
    );
    const text = await (await exportFile(log, 'json', { now: Date.UTC(2026, 10, 25) })).blob.text();
    return { text, log, before: JSON.stringify(await log.complaints.orderBy('id').toArray()) };
  })();
  return exported;
}

/** What the import page does: check the file, merge only if it passed. */
async function importInto(log: SimakDb, text: string) {
  const parsed = parseExport(text);
  if (!parsed.ok) {
    if (!REASONS.includes(parsed.reason) || parsed.detail.length === 0)
      throw new Error(`unclear rejection ${JSON.stringify(parsed)}`);
    return parsed;
  }
  await mergeComplaints(log, parsed.complaints);
  return parsed;
}

async function expectUntouched(log: SimakDb, before: string, what: string) {
  if (JSON.stringify(await log.complaints.orderBy('id').toArray()) !== before)
    throw new Error(`${what} changed the log`);
}

/** Any string, or one that starts like an export and then goes astray. */
const junk = fc.oneof(
  hostileText,
  fc.string({ unit: 'binary' }),
  hostileText.map((t) => `{"format":"simak-export","schemaVersion":1,${t}`),
  fc.json().map((j) => `{"format":"simak-export","schemaVersion":1,"exportedAt":"x","complaints":[${j}]}`),
);

export const importJunk = fc.asyncProperty(junk, async (text) => {
  const { log, before } = await realExport();
  const outcome = await importInto(log, text);
  // A random value can be a well-formed export with no complaints; nothing else may pass.
  if (outcome.ok && outcome.complaints.length > 0) throw new Error(`junk accepted: ${text.slice(0, 200)}`);
  await expectUntouched(log, before, 'a junk file');
});

export const importTruncated = fc.asyncProperty(fc.double({ min: 0, max: 1, noNaN: true }), async (share) => {
  const { text, log, before } = await realExport();
  const cut = text.slice(0, Math.floor(text.length * share));
  const outcome = await importInto(log, cut);
  if (outcome.ok && cut.trim() !== text.trim())
    throw new Error(`a file cut at ${cut.length} of ${text.length} was accepted`);
  await expectUntouched(log, before, 'a cut file');
});

const edit = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  remove: fc.nat(40),
  insert: fc.oneof(
    fc.constant(''),
    hostileText,
    fc.constantFrom('"', '{', '}', ']', ',', 'null', '1e999', '-0', '"__proto__"'),
  ),
});

export const importMutated = fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 4 }), async (edits) => {
  const { text } = await realExport();
  let mutated = text;
  for (const e of edits) {
    const at = Math.floor(mutated.length * e.at);
    mutated = mutated.slice(0, at) + e.insert + mutated.slice(at + e.remove);
  }
  // A fresh log each time: a mutated file that is still valid may be imported, and then every
  // stored record must still be one the schema accepts.
  const log = new SimakDb(`fuzz-import-mutated-${process.pid}`);
  try {
    await log.complaints.bulkAdd([makeComplaint(100)]);
    const before = JSON.stringify(await log.complaints.orderBy('id').toArray());
    const outcome = await importInto(log, mutated);
    if (!outcome.ok) return expectUntouched(log, before, 'a rejected mutated file');
    for (const row of await log.complaints.toArray()) {
      const check = v.safeParse(ComplaintRecordSchema, row);
      if (!check.success) throw new Error(`imported record fails the schema: ${check.issues[0].message}`);
    }
  } finally {
    await log.delete();
  }
});
