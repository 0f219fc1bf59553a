// Start-up script of 自治体DX人材マッチ. tools/postbuild.mjs fills in the app's file names and
// their integrity and writes it as boot-<hash>.js; this file as written in assets/ is only the
// template.
//
// index.html already shows the start screen (#boot, static and inert). The app's code — its
// JavaScript, the WebAssembly main module and the chunk loader — is requested only once that
// screen has been painted, so that the first paint does not share the connection with a
// quarter of a megabyte the screen does not need to appear. The app replaces #boot when it
// mounts.
const FILES = [/* __FILES__ */];
const APP = '__APP__';
const WASM = '__WASM__';

// The static screen is the start screen in Japanese, full size, on a page of its own. A page
// that opens on another screen, in English (the saved choice, src/state/workspace.rs), in embed
// mode or in any frame shows the loading line alone until the app has drawn the right screen.
function plain() {
  const path = location.hash.replace(/^#/, '');
  if (path !== '' && path !== '/start') return true;
  if (new URLSearchParams(location.search).get('embed') === '1' || window.top !== window.self) return true;
  try {
    return localStorage.getItem('dxm.lang') === 'en';
  } catch {
    // Storage refused (a private mode): the app starts in Japanese too.
    return false;
  }
}

// Resolves once the first frame with content has been presented: the paint timing entry is
// reported only then (a frame drawn by the page may reach the screen much later on a busy
// machine). At once where that cannot be known, or in a background tab (which paints nothing
// until shown); and after three seconds at the latest.
const painted = () =>
  new Promise((resolve) => {
    if (document.visibilityState !== 'visible' || !PerformanceObserver.supportedEntryTypes?.includes('paint')) return resolve();
    setTimeout(resolve, 3000);
    new PerformanceObserver((list, observer) => {
      if (list.getEntries().some((e) => e.name === 'first-contentful-paint')) {
        observer.disconnect();
        resolve();
      }
    }).observe({ type: 'paint', buffered: true });
  });

if (plain()) document.documentElement.classList.add('boot-plain');
else await painted();

// Fetched with the page's integrity checks: import() below takes the module preloaded here.
for (const [rel, href, integrity, as] of FILES) {
  const link = document.createElement('link');
  link.rel = rel;
  link.href = href;
  link.crossOrigin = 'anonymous';
  if (integrity) link.integrity = integrity;
  if (as) link.as = as;
  document.head.append(link);
}
const app = await import(APP);
await app.default({ module_or_path: WASM });
// The exported benchmark functions, for make bench.
window.wasmBindings = app;
