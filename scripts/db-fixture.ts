// TZ=Asia/Jakarta npm run db:fixture [-- --force]
// Writes tests/fixtures/db/v<N>.json: a database of the current schema version N, filled through
// the real write paths (seen posts, logs, triage, undo, soft delete) with fixed times. Run it
// once when a schema version is added; a shipped version's fixture is never rewritten (--force
// only while that version is unreleased). src/db/fixtures.test.ts loads every fixture
// into its own version's schema and opens it with the current code.
import 'fake-indexeddb/auto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyze, compileQueries } from '../src/core/analyze';
import type { Post, Site } from '../src/core/types';
import { logComplaint, undoComplaint } from '../src/db/complaints';
import { SimakDb } from '../src/db/db';
import { recordSeen } from '../src/db/stats';
import { updateComplaint } from '../src/db/triage';
import { writeTeam } from '../src/team/config';
import { logShared, updateShared } from '../src/team/local-writes';

const DIR = resolve(import.meta.dirname, '../tests/fixtures/db');
const DEVICE = '01JFIXTUREDEVICE000000000A';
/** 2026-11-24 08:00 in Jakarta (UTC+7), and the hours after it: two local days. */
const START = Date.UTC(2026, 10, 24, 1);
const HOUR = 3_600_000;

// Invented posts; texts carry what breaks storage code elsewhere: emoji, RTL, zero-width, quotes.
const TEXTS: [Site, string][] = [
  ['x', 'Tolong min, kartu BPJS saya ditolak di RS padahal iuran lancar 😡 #JKN'],
  ['facebook', 'Antri dari subuh di puskesmas, nomor antrean online tidak berlaku. Kecewa!'],
  ['instagram', 'Obat kronis habis di apotek, disuruh beli sendiri. Gimana ini? 💊'],
  ['x', 'Rujukan ke RS ditolak lagi\u200b, "katanya" kuota penuh \u202eمرحبا\u202c <b>tolong</b>'],
  ['facebook', 'Aplikasi Mobile JKN error terus waktu ganti faskes, cuci darah besok gimana?'],
  ['x', 'Pelayanan di kantor cabang cepat, terima kasih BPJS 👍'],
];

function post(i: number): Post {
  const [site, text] = TEXTS[i % TEXTS.length] ?? ['x', ''];
  const postId = String(1_900_000_000_000_000_000n + BigInt(i));
  return {
    key: `${site}:${postId}`,
    site,
    postId,
    url: `https://example.invalid/${site}/${postId}`,
    author: { name: `Warga ${i} 🌸`, handle: `warga_${i}` },
    text,
    lang: 'in',
    postedAt: new Date(START - HOUR).toISOString(),
    counts: { likes: i * 7, replies: i },
    kind: i === 3 ? 'quote' : 'post',
    ...(i === 3 ? { quoted: { postId: '1899999999999999999', text: 'Kuota rujukan penuh sampai bulan depan.' } } : {}),
  };
}

async function main() {
  const force = process.argv.includes('--force');
  const db = new SimakDb('simak-fixture');
  await db.delete();
  await db.open();
  await db.settings.put({ key: 'deviceId', value: DEVICE, updatedAt: START });

  const posts = TEXTS.map((_, i) => post(i));
  const queries = compileQueries([
    { id: 'bpjs', source: 'bpjs OR jkn' },
    { id: 'rujukan', source: 'rujuk*' },
  ]);
  const scored = posts.map((p) => {
    const analysis = analyze(p.text, { queries });
    return { post: p, analysis, keep: analysis.complaint.is || analysis.matches.length > 0 };
  });
  // Two batches on two local days (Jakarta), so daily stats have more than one row per site.
  await recordSeen(db, scored.slice(0, 3), DEVICE, START);
  await recordSeen(db, scored.slice(3), DEVICE, START + 20 * HOUR);

  const ids: string[] = [];
  for (const [i, s] of scored.entries()) {
    const { id } = await logComplaint(db, s.post, s.analysis, DEVICE, START + (i + 1) * HOUR);
    ids.push(id);
  }
  const [first, second, third, fourth, , sixth] = ids;
  if (!first || !second || !third || !fourth || !sixth) throw new Error('logging failed');
  await updateComplaint(db, first, { status: 'in-progress', note: 'Sudah dihubungi via DM =1+1' }, START + 8 * HOUR);
  await updateComplaint(db, first, { status: 'resolved', priority: 'high' }, START + 9 * HOUR);
  await updateComplaint(db, second, { category: 'antrean', note: 'Cek puskesmas; "nomor 12"' }, START + 8 * HOUR);
  await updateComplaint(db, fourth, { status: 'dismissed' }, START + 10 * HOUR);
  // A soft-deleted record, as a synced delete would leave it, and one undone at once.
  await db.complaints.update(third, { deleted: 1, updatedAt: START + 11 * HOUR });
  await undoComplaint(db, sixth);

  // v4: signed in to a team (an invented server): one more post shared, triaged while offline,
  // so the outbox holds its queued changes.
  await writeTeam(db, {
    server: 'https://simak-team.example.invalid',
    token: 'fixture-token',
    username: 'ani',
    offices: [{ id: 1, name: 'Kantor Cabang Contoh', role: 'agent' }],
    office: { id: 1, name: 'Kantor Cabang Contoh', role: 'agent' },
    signedInAt: START + 12 * HOUR,
  });
  const sharedPost = { ...post(6), key: 'x:1900000000000000099', postId: '1900000000000000099' };
  const shared = await logShared(db, sharedPost, analyze(sharedPost.text, { queries }), DEVICE, START + 13 * HOUR);
  await updateShared(db, shared.id, { status: 'in-progress', note: 'Diklaim lewat tim' }, START + 14 * HOUR);

  const version = db.verno;
  const file = resolve(DIR, `v${version}.json`);
  if (existsSync(file) && !force) {
    console.error(
      `db:fixture: ${file} exists; a shipped version's fixture is never rewritten (--force while unreleased)`,
    );
    process.exit(1);
  }
  const tables: Record<string, unknown[]> = {};
  for (const table of db.tables) tables[table.name] = await table.toArray();
  mkdirSync(DIR, { recursive: true });
  writeFileSync(
    file,
    `${JSON.stringify({ schemaVersion: version, writtenBy: 'npm run db:fixture', tables }, null, 1)}\n`,
  );
  console.log(
    `wrote ${file}: ${Object.entries(tables)
      .map(([n, rows]) => `${n} ${rows.length}`)
      .join(', ')}`,
  );
  db.close();
}

await main();
