// Puts complaint records straight into Simak's IndexedDB from an extension page (raw API), for
// tests and benches that need a full log without clicking 100,000 times.
import type { Page } from 'playwright-core';
import { sendFromExtensionPage } from '../../../scripts/lib/browser';
import type { Complaint } from '../../../src/db/schema';

export async function seedComplaints(page: Page, complaints: Complaint[], chunk = 5_000): Promise<void> {
  // The worker's Dexie creates the database (a raw open here first would create an empty one).
  await sendFromExtensionPage(page, { type: 'complaints/list', filter: {}, offset: 0, limit: 1 });
  await page.waitForFunction(
    () =>
      new Promise<boolean>((resolve) => {
        const open = indexedDB.open('simak');
        open.onsuccess = () => {
          const ready = open.result.objectStoreNames.contains('complaints');
          open.result.close();
          resolve(ready);
        };
        open.onerror = () => resolve(false);
      }),
  );
  for (let i = 0; i < complaints.length; i += chunk) {
    await page.evaluate(
      (rows) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('simak');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction(['complaints', 'settings'], 'readwrite');
            const store = tx.objectStore('complaints');
            for (const r of rows) store.put(r);
            // As every writer does: bump the log revision, so the worker's index follows.
            tx.objectStore('settings').put({
              key: 'logRevision',
              value: Date.now() + Math.random(),
              updatedAt: Date.now(),
            });
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
      complaints.slice(i, i + chunk),
    );
  }
}

/** Puts rows into any store of Simak's database (daily stats, kept posts) from an extension page. */
export async function seedRows(page: Page, store: string, rows: object[]): Promise<void> {
  await sendFromExtensionPage(page, { type: 'complaints/list', filter: {}, offset: 0, limit: 1 });
  await page.evaluate(
    ({ store, rows }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('simak');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(store, 'readwrite');
          for (const r of rows) tx.objectStore(store).put(r);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { store, rows },
  );
}
