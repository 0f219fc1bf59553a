/*
 * embed.js — <dxm-match>: embeds 自治体DX人材マッチ in another site (a portal) and speaks the
 * host side of the app's postMessage contract, version 1.
 *
 *   <script src="https://app.example.jp/dxm/embed.js"></script>
 *   <dxm-match src="https://app.example.jp/dxm/" pack="/dx/pool.json"></dxm-match>
 *
 * A classic script on purpose: portals include it cross-origin, and a module script would need
 * CORS headers on the app's host. No dependencies and no build step, so it is copied unchanged.
 * It makes no network requests other than the iframe and the optional `pack` fetch, and it never
 * adds <style> elements or style attributes, so it works under a host CSP without 'unsafe-inline'.
 */
(() => {
  'use strict';
  // Loaded twice (two portlets on one page)? The first definition wins; define() would throw.
  if (!window.customElements || customElements.get('dxm-match')) return;

  const VERSION = 1;
  const TIMEOUT_MS = 30000;
  const DEFAULT_TITLE = '自治体DX人材マッチ';
  const DEFAULT_MIN_HEIGHT = 480;
  // dxm:hello until the app answers, however long it takes to start (a slow network, a big
  // first download): at once, then less and less often, at most every HELLO_MAX_MS.
  const HELLO_FIRST_MS = 500;
  const HELLO_MAX_MS = 5000;
  const APP_TYPES = new Set(['dxm:ready', 'dxm:resize', 'dxm:results', 'dxm:loaded', 'dxm:error']);
  let seq = 0;

  // Every failure of load() carries a dxm:error-shaped `.detail`, whether the app refused the
  // load or the element gave up itself, so callers handle one shape.
  const failure = (detail) => Object.assign(new Error(detail.message), { code: detail.code, detail });
  const localFailure = (code, message, request_id) =>
    failure({ type: 'dxm:error', version: VERSION, request_id, request: 'dxm:load', code, message });

  // Open shadow DOM: host stylesheets written for their own pages (`iframe { border: … }`,
  // `main iframe { max-width: … }`) cannot reach our iframe, and querySelectorAll('iframe') in
  // host scripts does not pick it up. "open" keeps it inspectable and testable.
  let sheet = null;
  try {
    // A constructed stylesheet is CSSOM, not an inline <style>, so host CSP does not block it.
    // Host rules on `dxm-match` still win over :host, so portals can restyle the box.
    sheet = new CSSStyleSheet();
    sheet.replaceSync(':host { display: block; }');
  } catch { sheet = null; } // old engines: the element stays inline; the iframe still fills the width

  class DxmMatch extends HTMLElement {
    static get observedAttributes() { return ['src', 'title', 'pack', 'min-height']; }

    constructor() {
      super();
      this._root = this.attachShadow({ mode: 'open' });
      if (sheet) this._root.adoptedStyleSheets = [sheet];
      this._iframe = null;
      this._origin = null;       // exact origin of the app: filter for incoming, targetOrigin for outgoing
      this._ready = false;
      this._instance = null;     // the app start that said dxm:ready (a new one = the frame restarted)
      this._readies = 0;         // every dxm:ready heard, repeats included: stops the hellos
      this._results = null;
      this._connected = false;   // not isConnected: it is already true in the parser's pre-connect callbacks
      this._generation = 0;      // bumped per iframe, so late pack fetches for an old app are dropped
      this._queue = [];          // load requests waiting for dxm:ready
      this._inflight = new Map(); // request_id → request posted and not yet answered
      this._onMessage = this._onMessage.bind(this);
    }

    get ready() { return this._ready; }
    get results() { return this._results; }

    connectedCallback() {
      this._connected = true;
      window.addEventListener('message', this._onMessage);
      this._build();
    }

    disconnectedCallback() {
      this._connected = false;
      window.removeEventListener('message', this._onMessage);
      this._teardown('disconnected');
    }

    attributeChangedCallback(name, oldValue, value) {
      if (oldValue === value || !this._connected) return; // connectedCallback builds with them all
      if (name === 'src') this._build();
      else if (name === 'title' && this._iframe) this._iframe.title = value || DEFAULT_TITLE;
      else if (name === 'min-height' && this._iframe) this._iframe.style.minHeight = `${this._minHeight()}px`;
      else if (name === 'pack' && this._ready) this._sendPackAttribute();
    }

    /** Sends a profile pack and/or an assessment; resolves with dxm:loaded, rejects with dxm:error. */
    load({ pack, assessment } = {}) {
      return new Promise((resolve, reject) => {
        if (pack === undefined && assessment === undefined) {
          reject(new TypeError('load() needs a pack, an assessment or both'));
          return;
        }
        const id = `dxm-${Date.now().toString(36)}-${++seq}`;
        const message = { type: 'dxm:load', version: VERSION, request_id: id };
        if (pack !== undefined) message.pack = pack;
        if (assessment !== undefined) message.assessment = assessment;
        const req = { id, message, resolve, reject, timer: 0 };
        // The clock starts now, not when posted: if the app never becomes ready (e.g. this site is
        // not on its allow-list, so dxm:ready never comes) the promise must still settle.
        req.timer = setTimeout(() => this._settle(req, localFailure('timeout',
          `アプリから ${TIMEOUT_MS / 1000} 秒以内に応答がありませんでした。`, id)), TIMEOUT_MS);
        if (this._ready) this._post(req); else this._queue.push(req);
      });
    }

    _minHeight() {
      const n = parseFloat(this.getAttribute('min-height'));
      return Number.isFinite(n) && n >= 0 ? n : DEFAULT_MIN_HEIGHT;
    }

    _build() {
      this._teardown('reset');
      const src = this.getAttribute('src');
      let url = null;
      // Resolved like the browser resolves an iframe src (document base URL), so the origin we
      // check is the origin the frame really loads from.
      try { url = src ? new URL(src, document.baseURI) : null; } catch { url = null; }
      if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
        // An opaque origin could never be matched or targeted safely; refuse rather than use '*'.
        this._emit({ type: 'dxm:error', version: VERSION, code: 'src_invalid',
          message: `src 属性にアプリの http(s) の URL を指定してください（${src ?? '未指定'}）。` });
        return;
      }
      // Appended by hand (not searchParams.set) so the rest of the query stays byte-for-byte;
      // the URL object keeps the #/route hash after the query.
      if (url.searchParams.get('embed') !== '1') url.search = url.search ? `${url.search}&embed=1` : '?embed=1';
      this._origin = url.origin;
      const f = document.createElement('iframe');
      f.title = this.getAttribute('title') || DEFAULT_TITLE; // the frame's accessible name
      // Individual CSSOM properties: allowed under a strict style-src, unlike a style attribute.
      f.style.display = 'block';
      f.style.width = '100%';
      f.style.border = '0';
      f.style.minHeight = `${this._minHeight()}px`;
      f.src = url.href; // no loading="lazy": the host may call load() right away and wait for ready
      // The app learns who framed it from location.ancestorOrigins or the referrer; where a
      // browser gives neither (no ancestorOrigins, Referrer-Policy: no-referrer) it learns it from
      // our messages. So after each load of the frame (a restart included) say hello until the
      // app answers with dxm:ready — with no deadline: on a slow network the app may take longer
      // than any fixed number of tries to start listening. It answers every hello.
      const generation = this._generation;
      f.addEventListener('load', () => {
        const heard = this._readies;
        let wait = HELLO_FIRST_MS;
        const hello = () => {
          if (generation !== this._generation || this._readies !== heard) return;
          try { f.contentWindow.postMessage({ type: 'dxm:hello', version: VERSION }, this._origin); } catch { /* frame gone */ }
          setTimeout(hello, wait);
          wait = Math.min(HELLO_MAX_MS, Math.round(wait * 1.5));
        };
        hello();
      });
      this._iframe = f;
      this._root.append(f);
    }

    // Drops the current app. Requests already posted to it will never be answered, so they fail
    // now; queued ones were never sent and wait for the next app (bounded by their timeout).
    _teardown(code) {
      this._generation++;
      if (this._iframe) this._iframe.remove();
      this._iframe = null;
      this._origin = null;
      this._ready = false;
      this._instance = null;
      this._results = null;
      this._failInflight(code);
    }

    _failInflight(code) {
      for (const req of [...this._inflight.values()]) {
        this._settle(req, localFailure(code, 'アプリとの接続が切れたため、応答を受け取れませんでした。', req.id));
      }
    }

    _post(req) {
      try {
        // Exact targetOrigin, never '*': if the frame has navigated elsewhere, the browser drops it.
        this._iframe.contentWindow.postMessage(req.message, this._origin);
      } catch (e) { // e.g. DataCloneError for a pack holding functions
        this._settle(req, localFailure('post_failed', String((e && e.message) || e), req.id));
        return;
      }
      this._inflight.set(req.id, req);
    }

    _settle(req, error, value) {
      clearTimeout(req.timer);
      this._inflight.delete(req.id);
      const i = this._queue.indexOf(req);
      if (i >= 0) this._queue.splice(i, 1);
      if (error) req.reject(error); else req.resolve(value);
    }

    _emit(message) {
      // composed: lets listeners outside any shadow tree the host put us in see the events too.
      this.dispatchEvent(new CustomEvent(message.type.replace(':', '-'),
        { detail: message, bubbles: true, composed: true }));
    }

    _onMessage(event) {
      const f = this._iframe;
      // Both checks: source ties the message to *our* frame (not another embed or a popup),
      // origin ensures the frame still shows the app and not a page it navigated to.
      if (!f || event.source !== f.contentWindow || event.origin !== this._origin) return;
      const m = event.data;
      if (!m || typeof m !== 'object' || m.version !== VERSION || !APP_TYPES.has(m.type)) return;
      if (m.type === 'dxm:ready') {
        this._readies++;
        // The same start answering another hello: nothing new.
        if (this._ready && m.instance === this._instance) return;
        // A new start of the app's document: requests posted to the old one are lost.
        if (this._ready) this._failInflight('reloaded');
        this._ready = true;
        this._instance = m.instance;
      } else if (m.type === 'dxm:resize' && Number.isFinite(m.height)) {
        f.style.height = `${Math.max(this._minHeight(), Math.ceil(m.height))}px`;
      } else if (m.type === 'dxm:results') {
        this._results = m;
      }
      this._emit(m); // state first, so listeners read the same ready/results as the event
      if (m.type === 'dxm:ready') {
        for (const req of this._queue.splice(0)) this._post(req);
        this._sendPackAttribute(); // also after a restart: the new app instance needs it again
      } else if ((m.type === 'dxm:loaded' || m.type === 'dxm:error') && this._inflight.has(m.request_id)) {
        const req = this._inflight.get(m.request_id);
        if (m.type === 'dxm:loaded') this._settle(req, null, m); else this._settle(req, failure(m));
      }
    }

    async _sendPackAttribute() {
      const url = this.getAttribute('pack');
      if (!url) return;
      const generation = this._generation;
      let pack;
      try {
        // The pack lives on the host's own site; same-origin credentials let it sit behind the
        // portal's login without ever sending cookies elsewhere.
        const res = await fetch(url, { credentials: 'same-origin' });
        if (!res.ok) throw new Error(`HTTP ${res.status}`);
        pack = await res.json();
      } catch (e) {
        this._emit({ type: 'dxm:error', version: VERSION, request: 'dxm:load', code: 'pack_fetch',
          message: `人材リスト（${url}）を読み込めませんでした：${(e && e.message) || e}` });
        return;
      }
      // The app or the attribute changed while fetching: the newer call sends the right pack.
      if (generation !== this._generation || this.getAttribute('pack') !== url) return;
      try {
        await this.load({ pack });
      } catch (e) {
        // The app's own refusals were already re-dispatched as dxm-error; surface only ours.
        if (e && e.detail && e.code === 'timeout') this._emit(e.detail);
      }
    }
  }

  customElements.define('dxm-match', DxmMatch);
})();
