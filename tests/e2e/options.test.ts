import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openExtensionPage, readStore, type Session, sendFromExtensionPage } from '../../scripts/lib/browser';
import { readSettings } from '../../scripts/lib/stored-settings';
import type { Complaint } from '../../src/db/schema';
import { COMPLAINT_COLUMNS, complaintCsvLine, complaintsCsvHeader, type Delimiter } from '../../src/export/csv';
import { makeComplaint } from '../support/complaints';
import { parseCsv } from '../support/parse-csv';
import { axeViolations } from './lib/axe';
import { seedComplaints } from './lib/seed';

const OPTIONS = 'src/ui/options/index.html';
const DAY = 86_400_000;
const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);

async function downloaded(page: Page, button: RegExp): Promise<{ name: string; text: string }> {
  const [file] = (await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ])) as [Download, unknown];
  return { name: file.suggestedFilename(), text: readFileSync((await file.path()) ?? '', 'utf8') };
}

/** The CSV file the stored records give, as the export writes it. */
async function csvOfRecords(page: Page, delimiter: Delimiter): Promise<string> {
  const live = (await readStore<Complaint>(page, 'complaints')).filter((c) => c.deleted === 0).sort(byId);
  return complaintsCsvHeader(delimiter) + live.map((c) => complaintCsvLine(c, delimiter)).join('');
}

/**
 * Whether the log's CSV copy (src/db/csv-copy.ts) is current: its base's revision, and change
 * rows leading from it to the log's revision (read raw: the parts' Blobs stay in the page).
 */
function csvCopyCurrent(page: Page): Promise<boolean> {
  return page.evaluate(
    () =>
      new Promise<boolean>((resolve, reject) => {
        const open = indexedDB.open('simak');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['searchChunks', 'settings']);
          const meta = tx.objectStore('searchChunks').get('csv:meta');
          const changes = tx.objectStore('searchChunks').getAll(IDBKeyRange.bound('csv:change:', 'csv:change:~'));
          const revision = tx.objectStore('settings').get('logRevision');
          tx.oncomplete = () => {
            db.close();
            const base = meta.result as { revision: number } | undefined;
            if (!base) return resolve(false);
            const byFrom = new Map((changes.result as { from: number; to: number }[]).map((c) => [c.from, c.to]));
            let at = base.revision;
            while (byFrom.has(at)) at = byFrom.get(at) as number;
            resolve(at === ((revision.result as { value: number } | undefined)?.value ?? 0));
          };
        };
      }),
  );
}

describe('options: settings, export, import, erase', () => {
  let session: Session;
  let options: Page;
  let seeded: Complaint[];
  beforeAll(async () => {
    session = await launch();
    options = await openExtensionPage(session, OPTIONS);
    await sendFromExtensionPage(options, { type: 'ping' });
    seeded = Array.from({ length: 250 }, (_, i) =>
      makeComplaint(i, i % 5 === 0 ? { notes: ['catatan', '=1+1'] } : {}, Date.now() - 250 * 60_000),
    );
    const hostile = seeded[7] as Complaint;
    seeded[7] = {
      ...hostile,
      post: { ...hostile.post, text: '=HYPERLINK("https://contoh.invalid","klik"), "kutip"\nbaris 2 😡' },
    };
    await seedComplaints(options, seeded);
    await options.reload();
    await options.locator('#language').waitFor();
  });
  afterAll(async () => {
    // Nothing Simak did in this session tried to reach the network.
    const blocked = session?.blocked ?? [];
    await session?.close();
    expect(blocked).toEqual([]);
  });

  it('has every control labelled (axe: no violations)', async () => {
    expect(await axeViolations(options)).toEqual([]);
  });

  it('switches the UI language live, in every open Simak page', async () => {
    const popup = await openExtensionPage(session, 'src/ui/popup/index.html');
    await options.selectOption('#language', 'en');
    await options.getByRole('button', { name: /Save settings|Simpan pengaturan/ }).click();
    await expect.poll(() => popup.locator('h1').textContent()).toBe('Simak: today');
    await expect.poll(() => options.locator('html').getAttribute('lang')).toBe('en');
    await options.selectOption('#language', 'id');
    await options.getByRole('button', { name: 'Save settings' }).click();
    await expect.poll(() => popup.locator('h1').textContent()).toBe('Simak: hari ini');
    await expect.poll(() => options.locator('h1').textContent()).toBe('Pengaturan Simak');
    await popup.close();
  });

  it('refuses an invalid setting with a clear message and keeps the stored one', async () => {
    await options.fill('#th-complaint', '2');
    await options.getByRole('button', { name: 'Simpan pengaturan' }).click();
    await expect.poll(() => options.getByRole('alert').textContent()).toMatch(/Tidak tersimpan: Ambang/);
    const stored = await readSettings(options);
    expect(stored.thresholds).toEqual({ complaint: 0.5, negative: null });
    await options.fill('#th-complaint', '0.5');
  });

  it('checks watch queries as they are typed, previews matches, and refuses to save a broken one', async () => {
    await options.fill('#watch-queries', 'bpjs\n"kartu ditolak\nantri* NEAR/3 lama');
    await expect
      .poll(() => options.getByTestId('query-problems').textContent())
      .toMatch(/Baris 2, kolom 1: tanda kutip ini tidak ditutup/);
    await options.fill('#query-sample', 'Antrinya lama sekali di RS, kartu BPJS saya ditolak');
    await expect
      .poll(() => options.getByTestId('query-preview').textContent())
      .toMatch(/Cocok: bpjs \(bpjs\); antri\* NEAR\/3 lama/);
    await options.getByRole('button', { name: 'Simpan pengaturan' }).click();
    await expect.poll(() => options.getByRole('alert').textContent()).toMatch(/baris 2 tidak bisa dibaca/);

    await options.fill('#watch-queries', 'bpjs\n"kartu ditolak"\nantri* NEAR/3 lama');
    await expect.poll(() => options.getByTestId('query-problems').textContent()).toBe('');
    // A phrase needs its words side by side.
    expect(await options.getByTestId('query-preview').textContent()).not.toMatch(/"kartu ditolak"/);
    await options.fill('#query-sample', 'Antrinya lama sekali, lalu kartu ditolak di loket');
    await expect
      .poll(() => options.getByTestId('query-preview').textContent())
      .toMatch(/"kartu ditolak" \(kartu, ditolak\)/);
    await options.getByRole('button', { name: 'Simpan pengaturan' }).click();
    await expect.poll(() => options.getByTestId('settings-message').textContent()).toBe('Tersimpan.');
    const stored = await readSettings(options);
    expect(stored.watchQueries).toEqual(['bpjs', '"kartu ditolak"', 'antri* NEAR/3 lama']);
  });

  it('edits categories and their keywords, which the worker scores with at once; reset restores the taxonomy', async () => {
    const stored = () => readSettings(options);
    const categoriesOf = async (text: string) => {
      const reply = (await sendFromExtensionPage(options, {
        type: 'posts/seen',
        posts: [
          {
            key: `x:${text.length}${Date.now()}`,
            site: 'x',
            postId: String(Date.now()),
            author: {},
            text,
            counts: {},
            kind: 'post',
          },
        ],
      })) as { value: { analyses: Record<string, { complaint: { categories: string[] } }> } };
      return Object.values(reply.value.analyses)[0]?.complaint.categories ?? [];
    };
    const ids = await options.inputValue('#categories');
    await options.fill('#categories', `${ids}\nvaksin`);
    const vaksin = options.getByTestId('category-keywords').locator('details').last();
    await vaksin.locator('summary').click();
    await vaksin.getByLabel('Kata kunci untuk vaksin, satu per baris').fill('imunisasi\nvaksin');
    await options.getByRole('button', { name: 'Simpan pengaturan' }).click();
    await expect.poll(async () => (await stored()).categoryKeywords).toEqual({ vaksin: ['imunisasi', 'vaksin'] });
    await expect
      .poll(() => categoriesOf('Imunisasi anak ditolak di puskesmas, kecewa sekali, tolong min'))
      .toContain('vaksin');

    await options.getByRole('button', { name: 'Kembalikan kategori dan kata kunci ke bawaan' }).click();
    await options.getByRole('button', { name: 'Simpan pengaturan' }).click();
    await expect.poll(async () => (await stored()).categoryKeywords).toBeNull();
    expect((await stored()).categories).not.toContain('vaksin');
    await expect
      .poll(() => categoriesOf('Imunisasi anak ditolak di puskesmas, kecewa sekali, tolong min!'))
      .not.toContain('vaksin');
  });

  it('exports CSV that reads back to the log, formula cells neutralised', async () => {
    const { name, text } = await downloaded(options, /Ekspor keluhan \(CSV\)/);
    expect(name).toMatch(/^simak-complaints-.*\.csv$/);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = parseCsv(text);
    expect(rows[0]).toEqual(COMPLAINT_COLUMNS.map(([n]) => n));
    const col = (n: string) => rows[0]?.indexOf(n) ?? -1;
    expect(rows.slice(1).map((r) => r[col('id')])).toEqual([...seeded].sort(byId).map((c) => c.id));
    const hostile = rows.find((r) => r[col('id')] === seeded[7]?.id);
    expect(hostile?.[col('post_text')]).toBe(`'${seeded[7]?.post.text}`);
    expect(rows.find((r) => r[col('id')] === seeded[0]?.id)?.[col('notes')]).toBe('catatan\n=1+1');
    await expect.poll(() => options.getByTestId('job').textContent()).toMatch(/250/);
  });

  it('exports CSV from the CSV copy once the first export made it: the file the records give, after the worker wrote and restarted', async () => {
    // The export above read the records (the seed wrote them behind the copy's back) and saved the copy.
    await expect.poll(() => csvCopyCurrent(options)).toBe(true);
    // The worker's index loaded, as an open popup has it; then triage with text a CSV must take care with.
    await sendFromExtensionPage(options, { type: 'complaints/list', filter: {}, offset: 0, limit: 1 });
    const sorted = [...seeded].sort(byId);
    const note = '=cmd, "kutip"; 3.5 jam\nbaris 2 😡';
    for (const c of [sorted[0], sorted[100], sorted[249]] as Complaint[])
      await sendFromExtensionPage(options, {
        type: 'complaint/update',
        id: c.id,
        change: { status: 'resolved', note },
      });
    expect(await csvCopyCurrent(options)).toBe(true);
    const comma = await downloaded(options, /Ekspor keluhan \(CSV\)/);
    expect(comma.text).toBe(await csvOfRecords(options, ','));
    expect(comma.text).toContain('""kutip""');
    // A stopped worker, a new one: one more write, and the semicolon file.
    const cdp = await session.context.newCDPSession(options);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await sendFromExtensionPage(options, { type: 'complaints/list', filter: {}, offset: 0, limit: 1 });
    await sendFromExtensionPage(options, {
      type: 'complaint/update',
      id: sorted[5]?.id,
      change: { note: 'sesudah restart, 1.5' },
    });
    expect(await csvCopyCurrent(options)).toBe(true);
    await options.selectOption('#csv-delimiter', ';');
    const semicolon = await downloaded(options, /Ekspor keluhan \(CSV\)/);
    await options.selectOption('#csv-delimiter', ',');
    expect(semicolon.text).toBe(await csvOfRecords(options, ';'));
  });

  it('exports JSON, erases everything after confirmation, and re-imports it to exactly the same log', async () => {
    const before = (await readStore<Complaint>(options, 'complaints')).sort(byId);
    const { name, text } = await downloaded(options, /Ekspor keluhan \(JSON/);
    expect(name).toMatch(/\.json$/);
    expect(JSON.parse(text)).toMatchObject({ format: 'simak-export', schemaVersion: 1 });

    await options.getByRole('button', { name: 'Hapus semua…' }).click();
    await options.getByRole('button', { name: 'Ya, hapus semua' }).click();
    await expect.poll(async () => (await readStore(options, 'complaints')).length).toBe(0);

    await options.setInputFiles('#import-file', { name, mimeType: 'application/json', buffer: Buffer.from(text) });
    await expect
      .poll(() => options.getByTestId('import-report').textContent())
      .toMatch(/250 ditambahkan, 0 diperbarui, 0 dilewati/);
    expect((await readStore<Complaint>(options, 'complaints')).sort(byId)).toEqual(before);

    // The same file again: nothing new.
    await options.setInputFiles('#import-file', { name, mimeType: 'application/json', buffer: Buffer.from(text) });
    await expect
      .poll(() => options.getByTestId('import-report').textContent())
      .toMatch(/0 ditambahkan, 0 diperbarui, 250 dilewati/);
  });

  it('refuses bad files with a clear message and leaves the log untouched', async () => {
    const before = (await readStore<Complaint>(options, 'complaints')).sort(byId);
    const good = JSON.stringify({
      format: 'simak-export',
      schemaVersion: 1,
      exportedAt: new Date().toISOString(),
      complaints: before,
    });
    const bad: [string, string, RegExp][] = [
      ['laporan.csv', 'id,status\n1,new\n', /bukan ekspor JSON Simak/],
      ['potong.json', good.slice(0, good.length / 2), /terpotong/],
      ['versi.json', good.replace('"schemaVersion":1', '"schemaVersion":9'), /versi Simak lain/],
      ['rusak.json', good.replace('"status":"new"', '"status":"hilang"'), /catatan yang rusak/],
      ['sampah.json', 'x'.repeat(50 * 1024 * 1024), /bukan ekspor JSON Simak/],
    ];
    for (const [name, body, message] of bad) {
      // Playwright passes files over 50 MB by path only.
      const path = join(mkdtempSync(join(tmpdir(), 'simak-import-')), name);
      writeFileSync(path, body);
      await options.setInputFiles('#import-file', path);
      await expect.poll(() => options.getByTestId('import-error').textContent(), { timeout: 20_000 }).toMatch(message);
      expect((await readStore<Complaint>(options, 'complaints')).sort(byId)).toEqual(before);
    }
  });

  it('retention, off by default, deletes only complaints older than the chosen days once switched on', async () => {
    const old = Array.from({ length: 5 }, (_, i) => makeComplaint(1_000 + i, {}, Date.now() - 40 * DAY));
    await seedComplaints(options, old);
    expect((await readStore(options, 'complaints')).length).toBe(255);
    await options.getByLabel('Hapus keluhan dan unggahan lama secara otomatis').check();
    await options.fill('#retention-days', '30');
    await options.getByRole('button', { name: 'Simpan pengaturan' }).click();
    await expect.poll(async () => (await readStore(options, 'complaints')).length, { timeout: 10_000 }).toBe(250);
  });
});
