// The data screen's import, as the browser tests drive it: shared by data.test.mjs (the
// importer's behaviour) and lists.test.mjs (lists as their publishers ship them).
import { openPage } from './browser.mjs';

/** Opens the data screen on a fresh page. */
export async function openData(env) {
  const opened = await openPage(env);
  await opened.page.goto(env.server.url + '#/data');
  await opened.page.locator('#import-title').waitFor();
  return opened;
}

/** Every list stored in IndexedDB, as parsed JSON. */
export const storedLists = (page) =>
  page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('dxm');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('lists')) return resolve([]);
          const all = db.transaction('lists').objectStore('lists').getAll();
          all.onsuccess = () => resolve(all.result.map((v) => (typeof v === 'string' ? JSON.parse(v) : v)));
          all.onerror = () => reject(all.error);
        };
      }),
  );

/** Chooses a file to import and waits for the column mapping. */
export async function chooseFile(page, file) {
  await page.setInputFiles('#import-file', file);
  await page.locator('#mapping-title').waitFor();
}

/** Validates the mapped file; returns the report's summary line. */
export async function validate(page) {
  await page.click('#validate-import');
  await page.locator('#report-title').waitFor();
  return (await page.locator('.import .summary-figure').textContent()).trim();
}

/** Imports a list file as a prefecture's pool list and waits until it is listed. */
export async function importPool(page, file) {
  await chooseFile(page, file);
  await page.selectOption('#default-programme', 'pref_pool');
  await validate(page);
  await page.click('#apply-import');
  await page.locator('.list-card').waitFor();
}
