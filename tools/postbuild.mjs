#!/usr/bin/env node
// Trunk post_build hook (see Trunk.toml), run on the staged build before it replaces dist/:
//  1. places the app's WebAssembly, split into a main module and per-screen chunks by
//     tools/build-app.sh (the pre_build hook), under content-hashed names, and writes its
//     start-up script from assets/boot.js as a file (boot-….js), so the page needs no inline
//     script and its Content-Security-Policy can forbid them; the script requests the app's
//     files (with their integrity) once the static start screen in index.html is painted;
//  2. adds that policy to index.html as a <meta> element (hosts should also send it as a
//     header, with frame-ancestors: docs/hosting.md);
//  3. gives the import worker's files (which Trunk does not hash) content-hashed names and
//     tells the page the loader's name in a <meta>, so a page of one version never runs the
//     import code of another;
//  4. publishes the data the start screen does without (src/state/deferred.rs) — the municipality
//     list and the sample profiles — under content-hashed names in data/, named in <meta>s;
//  5. writes sw.js from assets/sw.js: the files to precache, those kept on first use and a
//     version derived from their contents, so any change to the build is a new version.
//
// Also usable by hand on a built folder: node tools/postbuild.mjs <dir>
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, readdirSync, statSync, renameSync, rmSync, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const source = process.env.TRUNK_SOURCE_DIR || path.join(here, '..');
const dir = process.argv[2] || process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('usage: node tools/postbuild.mjs <built folder> (or run as a Trunk hook)');
  process.exit(2);
}

// The one definition of the page's policy; docs/hosting.md shows the header form.
const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "frame-src 'none'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

// Files a host may change without a new build (publisher settings), files for other sites
// (embed.js runs on the portal) and the worker itself are not precached.
const NOT_PRECACHED = new Set(['sw.js', 'dxm-config.json', 'embed.js']);
// Chunks only a framed page (embed mode runs without the service worker) or make bench loads.
const NOT_KEPT = /^split_(embed_mode|bench)-/;
// What a first visit downloads is only what the start screen needs. The other screens' chunks
// (split_… and chunk_…) and the import code are kept in the same versioned cache the first time
// they are used, and all of them as soon as the user moves past the start screen (the page
// sends 'dxm:keep-all'), so that after one working visit the whole app works offline. The PNG
// icons (74 KB that barely compress) are fetched by the browser only when it shows or installs
// the app, so they are kept on first use only.
const WORKING = /^(split_|chunk_|dxm-import-worker|data\/)/;
const LAZY = /^(split_|chunk_|dxm-import-worker|data\/|icons\/)/;

const sha = (alg, data) => createHash(alg).update(data).digest();

const hex = (...parts) => {
  const h = createHash('sha256');
  for (const p of parts) h.update(p);
  return h.digest('hex').slice(0, 16);
};
const integrity = (data) => `sha384-${sha('sha384', data).toString('base64')}`;

const APP = 'dxm-app';
const appBuild = path.join(source, 'target', APP);

/**
 * Copies the split app into the build under content-hashed names and returns the <script>
 * element that starts it. The chunks are leaves, named by their own bytes; the main module,
 * its JavaScript and the chunk loader import each other, so they share one hash of all three.
 */
function placeApp() {
  const loaderFile = '__wasm_split.js';
  if (!existsSync(path.join(appBuild, loaderFile))) {
    throw new Error(`postbuild: ${appBuild} has no split build; tools/build-app.sh (pre_build) must run first`);
  }
  let loader = readFileSync(path.join(appBuild, loaderFile), 'utf8');
  const chunks = readdirSync(appBuild).filter((f) => f.endsWith('.wasm') && f !== `${APP}_bg.wasm`).sort();
  for (const f of chunks) {
    const bytes = readFileSync(path.join(appBuild, f));
    const name = `${f.slice(0, -'.wasm'.length)}-${hex(bytes)}.wasm`;
    const ref = `"./${f}"`;
    if (!loader.includes(ref)) throw new Error(`postbuild: the chunk loader does not name ${f}`);
    loader = loader.replaceAll(ref, `"./${name}"`);
    writeFileSync(path.join(dir, name), bytes);
  }
  const js = readFileSync(path.join(appBuild, `${APP}.js`), 'utf8');
  const wasm = readFileSync(path.join(appBuild, `${APP}_bg.wasm`));
  const h = hex(js, wasm, loader);
  const names = { js: `${APP}-${h}.js`, wasm: `${APP}-${h}_bg.wasm`, loader: `${APP}-${h}_split.js` };
  const swap = (text, from, to) => {
    if (!text.includes(from)) throw new Error(`postbuild: expected ${from} in the app's JavaScript`);
    return text.replaceAll(from, to);
  };
  // Only the import statements: the wasm module's own import names stay "./__wasm_split.js".
  const mainJs = swap(js, `from "./${loaderFile}"`, `from "./${names.loader}"`);
  loader = swap(loader, `from "./${APP}.js"`, `from "./${names.js}"`);
  writeFileSync(path.join(dir, names.js), mainJs);
  writeFileSync(path.join(dir, names.wasm), wasm);
  writeFileSync(path.join(dir, names.loader), loader);
  // The start-up script (assets/boot.js) requests these once the static start screen is painted.
  const files = [
    ['modulepreload', `./${names.js}`, integrity(mainJs)],
    ['modulepreload', `./${names.loader}`, integrity(loader)],
    ['preload', `./${names.wasm}`, null, 'fetch'],
    // Read before the app starts (src/state/config.rs): fetched alongside the app, not after it.
    ['preload', './dxm-config.json', null, 'fetch'],
  ];
  // Its comments are for readers of assets/boot.js, not for every first visit.
  const template = readFileSync(path.join(source, 'assets', 'boot.js'), 'utf8').replace(/^\s*\/\/.*\n/gm, '');
  const boot = fill(template, {
    '[/* __FILES__ */]': JSON.stringify(files, null, 2),
    "'__APP__'": JSON.stringify(`./${names.js}`),
    "'__WASM__'": JSON.stringify(`./${names.wasm}`),
  });
  const bootName = `boot-${hex(boot)}.js`;
  writeFileSync(path.join(dir, bootName), boot);
  return `<script type="module" src="./${bootName}" integrity="${integrity(boot)}"></script>`;
}

/** Replaces each placeholder of a template, each of which must be there. */
function fill(template, values) {
  let text = template;
  for (const [from, to] of Object.entries(values)) {
    if (!text.includes(from)) throw new Error(`postbuild: the template has no ${from}`);
    text = text.replace(from, () => to);
  }
  return text;
}

function addPolicy(html) {
  if (html.includes('http-equiv="Content-Security-Policy"')) return html;
  const meta = `<meta http-equiv="Content-Security-Policy" content="${CSP}">`;
  return html.replace(/<meta charset="utf-8">/i, (m) => `${m}\n  ${meta}`);
}

const WORKER = 'dxm-import-worker';

/** Renames the worker's files by content; returns the <meta> naming the loader (or ''). */
function hashWorker() {
  const js = path.join(dir, `${WORKER}.js`);
  const wasm = path.join(dir, `${WORKER}_bg.wasm`);
  const loader = path.join(dir, `${WORKER}_loader.js`);
  if (![js, wasm, loader].every(existsSync)) return '';
  const h = createHash('sha256');
  h.update(readFileSync(js));
  h.update(readFileSync(wasm));
  const name = `${WORKER}-${h.digest('hex').slice(0, 16)}`;
  renameSync(js, path.join(dir, `${name}.js`));
  renameSync(wasm, path.join(dir, `${name}_bg.wasm`));
  const text = readFileSync(loader, 'utf8')
    .replace(`./${WORKER}.js`, `./${name}.js`)
    .replace(`./${WORKER}_bg.wasm`, `./${name}_bg.wasm`);
  if (!text.includes(name)) throw new Error(`postbuild: unexpected worker loader: ${text}`);
  writeFileSync(path.join(dir, `${name}_loader.js`), text);
  rmSync(loader);
  return `<meta name="dxm-import-worker" content="./${name}_loader.js">`;
}

// Deferred data: the <meta> name the app reads, and the file in the domain crate.
const DEFERRED = [
  ['dxm-data-municipalities', 'municipalities.csv'],
  ['dxm-data-samples', 'sample_profiles.json'],
];

/** Copies the deferred data files into data/ under content-hashed names; returns their <meta>s. */
function placeData() {
  mkdirSync(path.join(dir, 'data'), { recursive: true });
  return DEFERRED.map(([meta, file]) => {
    const bytes = readFileSync(path.join(source, 'crates', 'domain', 'data', file));
    const ext = path.extname(file);
    const name = `data/${path.basename(file, ext)}-${hex(bytes)}${ext}`;
    writeFileSync(path.join(dir, name), bytes);
    return `<meta name="${meta}" content="./${name}">`;
  });
}

function files(root, sub = '') {
  return readdirSync(path.join(root, sub)).flatMap((name) => {
    const rel = sub ? `${sub}/${name}` : name;
    return statSync(path.join(root, rel)).isDirectory() ? files(root, rel) : [rel];
  });
}

function writeServiceWorker() {
  const built = files(dir)
    .filter((f) => !NOT_PRECACHED.has(f) && !NOT_KEPT.test(f))
    .sort();
  const precache = built.filter((f) => !LAZY.test(f));
  const lazy = built.filter((f) => LAZY.test(f));
  const working = built.filter((f) => WORKING.test(f));
  const h = createHash('sha256');
  for (const f of built) {
    h.update(f);
    h.update(readFileSync(path.join(dir, f)));
  }
  const version = h.digest('hex').slice(0, 16);
  const template = readFileSync(path.join(source, 'assets', 'sw.js'), 'utf8');
  const sw = template
    .replace("'__VERSION__'", JSON.stringify(version))
    .replace('[/* __PRECACHE__ */]', JSON.stringify(precache.map((f) => `./${f}`), null, 2))
    .replace('[/* __LAZY__ */]', JSON.stringify(lazy.map((f) => `./${f}`), null, 2))
    .replace('[/* __WORKING__ */]', JSON.stringify(working.map((f) => `./${f}`), null, 2));
  writeFileSync(path.join(dir, 'sw.js'), sw);
  return { version, count: precache.length, lazy: lazy.length };
}

const indexPath = path.join(dir, 'index.html');
let html = readFileSync(indexPath, 'utf8');
// Run by hand on a folder built before, the app is already in place.
const placed = /<script type="module" src="\.\/boot-[0-9a-f]+\.js"/.test(html);
if (!placed && !html.includes('<meta name="dxm-app">')) throw new Error('postbuild: index.html has no <meta name="dxm-app"> to replace');
html = addPolicy(placed ? html : html.replace('<meta name="dxm-app">', placeApp()))
  // Trunk's own build of the app is switched off (data-trunk-skip) and leaves its tag behind.
  .replace(/\s*<link data-trunk rel="rust" data-bin="dxm-app"[^>]*>/, '');
const workerMeta = hashWorker();
if (workerMeta) html = html.replace(/<meta charset="utf-8">/i, (m) => `${m}\n  ${workerMeta}`);
// Run again on a built folder, the <meta>s are written anew.
const dataMetas = placeData().join('\n  ');
html = html
  .replace(/\s*<meta name="dxm-data-[^>]*>/g, '')
  .replace(/<meta charset="utf-8">/i, (m) => `${m}\n  ${dataMetas}`);
writeFileSync(indexPath, html);
const { version, count, lazy } = writeServiceWorker();
console.log(`postbuild: CSP set; sw.js version ${version}: ${count} files precached, ${lazy} on first use`);
