/*
 * host.js — the example portal's own script. Shows how a host page uses <dxm-match>:
 * loads embed.js from the app, places the element, hands over a talent pool and
 * reads the results the app sends back.
 *
 * Loaded with <script src="host.js" defer>, so the DOM is parsed when this runs and the page
 * needs no inline script (CSP friendly).
 */
(() => {
  'use strict';

  const DEFAULT_APP = 'http://127.0.0.1:8080/';
  const $ = (id) => document.getElementById(id);
  const status = $('host-status');
  const button = $('send-pool');

  // The app's base URL comes from ?app=… only so this example can be pointed at any local or
  // test server. A real portal hard-codes it: taking a script URL from the query string would
  // let anyone who crafts a link run their script on the portal.
  let app;
  try {
    app = new URL(new URLSearchParams(location.search).get('app') || DEFAULT_APP, location.href);
    if (app.protocol !== 'https:' && app.protocol !== 'http:') throw new Error(app.protocol);
  } catch (e) {
    status.textContent = `?app= に指定されたアプリの URL が正しくありません（${e.message}）。`;
    return;
  }
  $('host-app').textContent = `埋め込んでいるアプリ：${app.href}`;

  // A classic <script>, not import(): a cross-origin module script would need CORS headers on
  // the app's server, a classic one does not. embed.js sits in the app's dist root.
  const script = document.createElement('script');
  script.src = new URL('embed.js', app).href;
  script.addEventListener('load', start);
  script.addEventListener('error', () => {
    status.textContent = `アプリの部品（${script.src}）を読み込めませんでした。アプリが起動しているか確かめてください。`;
  });
  document.head.append(script);

  function start() {
    const el = document.createElement('dxm-match');
    el.id = 'dxm';
    el.setAttribute('src', app.href);
    el.setAttribute('title', '自治体DX人材マッチ（埋め込み）');

    // Listeners first: the element reports a bad src synchronously when it is connected.
    el.addEventListener('dxm-ready', () => {
      $('host-ready').textContent = 'アプリの準備ができました。';
    });
    el.addEventListener('dxm-results', (e) => showResults(e.detail));
    el.addEventListener('dxm-error', (e) => {
      // Errors answering our own load() are shown by sendPool(); show the rest here.
      if (!e.detail.request_id) status.textContent = `アプリからのお知らせ：${e.detail.message}`;
    });

    $('match-section').append(el);
    button.disabled = false;
    button.addEventListener('click', () => sendPool(el));

    // The app never says "not allowed": it just stays silent. Say what that usually means.
    setTimeout(() => {
      if (!el.ready) {
        $('host-ready').textContent =
          'アプリから準備完了の知らせがまだ届きません。このサイトのオリジンがアプリの埋め込み許可リストにあるか確かめてください。';
      }
    }, 15000);
  }

  let busy = false;
  async function sendPool(el) {
    // A busy flag rather than disabling the button: disabling would drop keyboard focus.
    if (busy) return;
    busy = true;
    status.textContent = el.ready ? '人材リストを渡しています…' : 'アプリの準備ができるのを待っています…';
    try {
      const res = await fetch(new URL('pool.json', location.href), { credentials: 'same-origin' });
      if (!res.ok) throw new Error(`pool.json を読み込めませんでした（HTTP ${res.status}）`);
      const pack = await res.json();
      const loaded = await el.load({ pack });
      // Prefer what the app reports it accepted; fall back to what we sent.
      const info = loaded.pack || {};
      const count = Array.isArray(info.profiles) ? info.profiles.length
        : Number.isFinite(info.profiles) ? info.profiles : pack.profiles.length;
      status.textContent = `人材リスト「${info.name || pack.ja}」（${count}人）を渡しました。`;
    } catch (e) {
      status.textContent = `渡せませんでした：${e.message}`;
    } finally {
      busy = false;
    }
  }

  // Everything from the app is written with textContent, never innerHTML: it is data from
  // another origin.
  function showResults(r) {
    const tbody = $('host-results').tBodies[0];
    const ranking = Array.isArray(r.ranking) ? r.ranking.slice(0, 10) : [];
    const rows = ranking.map((p, i) => {
      const tr = document.createElement('tr');
      const rank = document.createElement('th');
      rank.scope = 'row';
      rank.textContent = String(i + 1);
      tr.append(rank,
        cell(p.id),
        cell(formatScore(p.score), 'num'),
        cell(p.band_label || p.band),
        cell(label(p.programme)));
      return tr;
    });
    if (rows.length === 0) {
      const tr = document.createElement('tr');
      const td = cell('条件に合う人材はいませんでした。');
      td.colSpan = 5;
      tr.append(td);
      rows.push(tr);
    }
    tbody.replaceChildren(...rows);
    const excluded = Number.isFinite(r.excluded_total) ? r.excluded_total : 0;
    $('host-excluded').textContent = `条件に合わず除外された人材：${excluded}人`;
  }

  function cell(text, className) {
    const td = document.createElement('td');
    td.textContent = text == null ? '' : String(text);
    if (className) td.className = className;
    return td;
  }

  function formatScore(score) {
    if (!Number.isFinite(score)) return score;
    return Number.isInteger(score) ? String(score) : score.toFixed(1);
  }

  // The contract gives programme as sent by the app; accept an id string or a {name|ja|id} object.
  function label(value) {
    if (value && typeof value === 'object') return value.name || value.ja || value.id || '';
    return value;
  }
})();
