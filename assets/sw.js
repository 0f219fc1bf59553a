// Service worker of 自治体DX人材マッチ. tools/postbuild.mjs fills in VERSION and the file lists at
// build time; this file as written in assets/ is only the template.
//
// - The files the start screen needs are cached when the worker installs. The other screens'
//   code and the import code are kept the first time they are used, and all of them once the
//   user moves past the start screen (message 'dxm:keep-all'), so after one working visit the
//   whole app works offline, reloads included (routes live in the URL fragment: one page
//   serves them all). A visit that only opens the app downloads no more than it shows.
// - A new deployment is a new worker with a new VERSION. It installs in the background and
//   waits: the page tells the user 「新しいバージョンがあります」 and only when they choose
//   to update does it ask the worker to take over (message 'dxm:skip-waiting').
// - Files the publisher may change without a build (dxm-config.json, data packs) are fetched
//   from the network first and kept for offline use; a pack the publisher no longer names in
//   dxm-config.json is dropped from that cache the next time the settings are fetched.
const VERSION = '__VERSION__';
const PRECACHE = [/* __PRECACHE__ */];
// Built files kept the first time the page asks for them (screens, import code, icons) …
const LAZY = [/* __LAZY__ */];
// … and those of them fetched for offline use once the user starts working.
const WORKING = [/* __WORKING__ */];
const CACHE = `dxm-app-${VERSION}`;
const RUNTIME = 'dxm-runtime';

const scope = new URL(self.registration.scope);
const indexUrl = new URL('index.html', scope).href;
const configUrl = new URL('dxm-config.json', scope).href;
const lazyUrls = new Set(LAZY.map((f) => new URL(f, scope).href));
// Names with a content hash never change: the HTTP cache may serve them (no second download
// on the first visit). Anything else is fetched afresh.
const hashed = (f) => /-[0-9a-f]{12,16}(_bg)?\.[a-z]+$/.test(f);

self.addEventListener('install', (event) => {
  event.waitUntil(
    Promise.all([
      caches.open(CACHE).then((cache) =>
        // 'reload' skips the HTTP cache so a new version never precaches an old file.
        cache.addAll(
          PRECACHE.map((f) => new Request(new URL(f, scope), { cache: hashed(f) ? 'default' : 'reload' })),
        ),
      ),
      keepPublisherData(),
    ]),
  );
});

// The publisher's settings and the files they name, kept so that the first offline visit has
// them too. Best effort: a site without them, or with a broken one, still installs.
async function keepPublisherData() {
  try {
    const runtime = await caches.open(RUNTIME);
    const response = await fetch(configUrl, { cache: 'no-cache' });
    const urls = await takeConfig(runtime, response);
    await Promise.all(
      (urls || []).map(async (url) => {
        const r = await fetch(url, { cache: 'no-cache' });
        if (r.ok) await runtime.put(url, r);
      }),
    );
  } catch {
    // Offline or unreadable: the page reports publisher data problems itself.
  }
}


// The files a dxm-config.json names (profile packs, programme rules), as URLs on this site.
function publisherUrls(config) {
  if (!config || typeof config !== 'object') return [];
  const paths = [
    ...(Array.isArray(config.profile_packs) ? config.profile_packs : []),
    ...(typeof config.programmes === 'string' ? [config.programmes] : []),
  ];
  return paths.flatMap((p) => {
    try {
      const url = new URL(p, scope);
      return url.origin === scope.origin ? [url.href] : [];
    } catch {
      return [];
    }
  });
}

// A fresh answer for dxm-config.json. Kept for offline use; and what the previous settings
// named but these do not (a pack the publisher withdrew) leaves the runtime cache, so a
// withdrawn list is not matched against offline. No configuration any more (404): all of it
// goes. Returns the files the settings name, or null when the answer says nothing usable
// (a server error: everything is kept as it was).
async function takeConfig(runtime, response) {
  let now;
  if (response.ok && (response.headers.get('content-type') || '').includes('json')) {
    try {
      now = publisherUrls(await response.clone().json());
    } catch {
      return null;
    }
  } else if (response.status === 404) {
    now = [];
  } else {
    return null;
  }
  let before = [];
  const old = await runtime.match(configUrl);
  if (old) {
    try {
      before = publisherUrls(await old.json());
    } catch {
      before = [];
    }
  }
  if (response.ok) await runtime.put(configUrl, response.clone());
  else await runtime.delete(configUrl);
  await Promise.all(
    before.filter((u) => !now.includes(u)).map((u) => runtime.delete(u, { ignoreSearch: true })),
  );
  return now;
}

async function configFirst(request) {
  const runtime = await caches.open(RUNTIME);
  let response;
  try {
    response = await fetch(request);
  } catch (err) {
    const cached = await runtime.match(configUrl);
    if (cached) return cached;
    throw err;
  }
  await takeConfig(runtime, response);
  return response;
}

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) {
        if (key.startsWith('dxm-app-') && key !== CACHE) await caches.delete(key);
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  const type = event.data && event.data.type;
  if (type === 'dxm:skip-waiting') self.skipWaiting();
  if (type === 'dxm:keep-all') event.waitUntil(keepAll());
  if (type === 'dxm:version' && event.source) {
    event.source.postMessage({ type: 'dxm:version', version: VERSION });
  }
});

// Everything a working session may need offline, fetched once; what is already kept is skipped.
// Best effort: offline now, the screens are kept when next used online.
async function keepAll() {
  const cache = await caches.open(CACHE);
  await Promise.all(
    WORKING.map(async (f) => {
      const url = new URL(f, scope);
      if (await cache.match(url)) return;
      try {
        const response = await fetch(url);
        if (response.ok) await cache.put(url, response);
      } catch {
        // Offline or gone: fetched again on first use.
      }
    }),
  );
}

// The app's page: the folder itself or index.html, whatever the query (?embed=1, ?pack=…).
function isAppPage(url) {
  return url.pathname === scope.pathname || url.href.split('?')[0] === indexUrl;
}

async function fromCache(request) {
  const cache = await caches.open(CACHE);
  return cache.match(request);
}

async function networkFirst(request) {
  const runtime = await caches.open(RUNTIME);
  try {
    const response = await fetch(request);
    if (response.ok) await runtime.put(request, response.clone());
    return response;
  } catch (err) {
    const cached = await runtime.match(request);
    if (cached) return cached;
    throw err;
  }
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== scope.origin) return;
  if (request.mode === 'navigate') {
    if (!isAppPage(url)) return;
    event.respondWith(
      (async () => (await fromCache(indexUrl)) || fetch(request))(),
    );
    return;
  }
  if (url.href.split('?')[0] === configUrl) {
    event.respondWith(configFirst(request));
    return;
  }
  event.respondWith(
    (async () => {
      // Same-site files outside the app's folder (a publisher's /packs/…) are kept too.
      const cached = await fromCache(request);
      if (cached) return cached;
      if (!lazyUrls.has(url.href.split('?')[0])) return networkFirst(request);
      const response = await fetch(request);
      if (response.ok) await (await caches.open(CACHE)).put(request, response.clone());
      return response;
    })(),
  );
});
