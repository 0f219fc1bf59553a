// Several pages of the app open at once (two tabs, or a tab and a portal's frame on the same
// origin) save to the same browser storage: neither may lose the other's work. Changes made in
// one tab show up in the other; the same assessment changed in both (a tab that did not hear
// of the other's change) keeps both versions and asks which to keep.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suite, assertNoViolations as noViolations } from './browser.mjs';

const s = suite();

async function open(context, hash = '', { deaf = false } = {}) {
  const page = await context.newPage();
  if (deaf) {
    // This tab does not hear of other tabs' changes (as a tab that was asleep, or whose
    // storage events were lost): the listener goes first and stops every storage event.
    await page.addInitScript(() => {
      window.addEventListener('storage', (e) => e.stopImmediatePropagation(), { capture: true });
    });
  }
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(s.env.server.url + hash);
  await page.locator('#page-title').waitFor();
  // Saved once, so that the next tab opens the same work.
  await page.waitForFunction(() => localStorage.getItem('dxm.state.v1') !== null);
  return { page, errors };
}

/** The project name of every stored assessment, as storage holds them. */
const storedProjects = (page) =>
  page.evaluate(() => JSON.parse(localStorage.getItem('dxm.state.v1')).assessments.map((a) => a.context?.project ?? '').sort());

const names = (page) => page.locator('.assessment-card h3').allTextContents();

async function addAndRename(page, name) {
  const before = await page.locator('.assessment-card').count();
  await page.click('button:has-text("新しい評価を作る")');
  await page.waitForFunction((n) => document.querySelectorAll('.assessment-card').length === n, before + 1);
  await page.locator('.assessment-card.active button:has-text("名前を変更")').click();
  await page.fill('.rename-form input', name);
  await page.keyboard.press('Enter');
  await page.locator('.assessment-card.active h3', { hasText: name }).waitFor();
}

async function setProject(page, project) {
  await page.goto(s.env.server.url + '#/');
  await page.locator('#project-name').waitFor();
  await page.fill('#project-name', project);
  await page.locator('#project-name').blur();
}

test('two tabs add different assessments: each sees the other’s, and both survive a reload', async () => {
  const context = await s.env.browser.newContext({ locale: 'ja-JP' });
  try {
    const a = await open(context, '#/assessments');
    const b = await open(context, '#/assessments');
    await addAndRename(a.page, 'タブAの評価');
    await addAndRename(b.page, 'タブBの評価');
    // Each tab shows the other's new assessment without a reload.
    await a.page.locator('.assessment-card h3', { hasText: 'タブBの評価' }).waitFor();
    await b.page.locator('.assessment-card h3', { hasText: 'タブAの評価' }).waitFor();
    // Both are in storage: a reload of either shows both, once.
    for (const { page } of [a, b]) {
      await page.reload();
      await page.locator('.assessment-card').first().waitFor();
      const list = await names(page);
      assert.equal(list.length, 3, list.join(' / '));
      assert.equal(list.filter((n) => n.includes('タブAの評価')).length, 1);
      assert.equal(list.filter((n) => n.includes('タブBの評価')).length, 1);
    }
    // A removal in one tab is a removal in the other too.
    await a.page.locator('.assessment-card:has(h3:text-is("タブBの評価")) button:has-text("削除")').click();
    await b.page.waitForFunction(() => document.querySelectorAll('.assessment-card').length === 2);
    assert.ok(!(await names(b.page)).includes('タブBの評価'));
    assert.deepEqual([...a.errors, ...b.errors], []);
  } finally {
    await context.close();
  }
});

test('the same assessment changed in two tabs keeps both and gives a clear choice', async () => {
  const context = await s.env.browser.newContext({ locale: 'ja-JP' });
  try {
    const a = await open(context);
    // Tab B does not hear of tab A's change: what it saves next must still not overwrite it.
    const b = await open(context, '', { deaf: true });
    await setProject(a.page, '窓口DX');
    await setProject(b.page, '防災DX');
    const notice = b.page.locator('#conflicts');
    await notice.waitFor();
    assert.equal(await notice.getAttribute('role'), 'alert');
    assert.match(await notice.textContent(), /同じ評価が2か所で変更されました/);
    assert.match(await notice.textContent(), /このタブでの変更は「.+（このタブでの変更）」として残してあります/);
    await noViolations(b.page, 'the choice after the same assessment was changed in two tabs');
    // Until the user chooses, both versions are stored, and tab A (which hears of changes)
    // shows both too.
    assert.deepEqual(await storedProjects(b.page), ['窓口DX', '防災DX']);
    await a.page.goto(s.env.server.url + '#/assessments');
    await a.page.waitForFunction(() => document.querySelectorAll('.assessment-card').length === 2);
    await b.page.goto(s.env.server.url + '#/assessments');
    await b.page.locator('.assessment-card').first().waitFor();
    assert.equal(await b.page.locator('.assessment-card').count(), 2);

    // Keep this tab's changes: one assessment again, with B's project, in both tabs.
    await b.page.click('#conflicts .conflict-mine');
    await b.page.waitForFunction(() => document.querySelectorAll('.assessment-card').length === 1);
    assert.equal(await b.page.locator('#conflicts').count(), 0);
    assert.deepEqual(await storedProjects(b.page), ['防災DX']);
    await a.page.waitForFunction(() => document.querySelectorAll('.assessment-card').length === 1);
    assert.deepEqual([...a.errors, ...b.errors], []);
  } finally {
    await context.close();
  }
});

test('work saved by a newer version is not overwritten by an older tab; unreadable work is set aside and can be downloaded', async () => {
  const context = await s.env.browser.newContext({ locale: 'ja-JP', acceptDownloads: true });
  try {
    const { page } = await open(context);
    const saved = await page.evaluate(() => localStorage.getItem('dxm.state.v1'));
    const newer = JSON.stringify({ ...JSON.parse(saved), version: 2, future_field: 'x' });
    await page.evaluate((v) => localStorage.setItem('dxm.state.v1', v), newer);
    await page.reload();
    await page.locator('#hold-notice').waitFor();
    assert.match(await page.locator('#hold-notice').textContent(), /新しいバージョンのアプリ/);
    await noViolations(page, 'the notice that this tab does not save');
    await page.fill('#project-name', '上書きしない');
    await page.locator('#project-name').blur();
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate(() => localStorage.getItem('dxm.state.v1')), newer, 'nothing was written over it');

    // Unreadable data: set aside under another key, the user can download it.
    await page.evaluate(() => localStorage.setItem('dxm.state.v1', '{"version":1,"assessments":"broken'));
    await page.reload();
    await page.locator('#aside-download').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#aside-download')]);
    const fs = await import('node:fs');
    assert.equal(fs.readFileSync(await download.path(), 'utf8'), '{"version":1,"assessments":"broken');
  } finally {
    await context.close();
  }
});

test('unreadable work that cannot be set aside is never saved over: download first, then resume', async () => {
  const context = await s.env.browser.newContext({ locale: 'ja-JP', acceptDownloads: true });
  try {
    // Storage refuses every new key (as when it is full); the broken data is the only copy.
    await context.addInitScript(() => {
      const set = Storage.prototype.setItem;
      Storage.prototype.setItem = function (k, v) {
        if (k.includes('.unreadable.')) throw new DOMException('full', 'QuotaExceededError');
        return set.call(this, k, v);
      };
    });
    const { page } = await open(context);
    await page.evaluate(() => localStorage.setItem('dxm.state.v1', 'not json at all'));
    await page.reload();
    await page.locator('#hold-notice').waitFor();
    assert.match(await page.locator('#hold-notice').textContent(), /退避することもできませんでした/);
    await noViolations(page, 'the notice that unreadable data is kept');
    await page.fill('#project-name', '新しい作業');
    await page.locator('#project-name').blur();
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate(() => localStorage.getItem('dxm.state.v1')), 'not json at all');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#hold-download')]);
    const fs = await import('node:fs');
    assert.equal(fs.readFileSync(await download.path(), 'utf8'), 'not json at all');
    await page.click('#hold-resume');
    await page.waitForFunction(() => localStorage.getItem('dxm.state.v1').includes('新しい作業'));
    assert.equal(await page.locator('#hold-notice').count(), 0);
  } finally {
    await context.close();
  }
});
