// Minimal static file server for the end-to-end tests and benchmarks: serves a folder on a
// loopback port with the right MIME types, so the release build is tested as a static host
// would serve it. No dependency beyond Node itself.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.csv': 'text/csv; charset=utf-8',
};

/**
 * Starts serving `root`; resolves to { url, origin, close, extra }. `extra` maps a URL path to
 * `{ type, body }` served in place of (or besides) the folder's files, so a test can play the
 * publisher who puts a `dxm-config.json` and data packs next to the app. `prefix` serves the
 * folder under a sub-path (`/portal/dxm/`), as a portal hosting the app in a sub-folder would;
 * `headers` are added to every response (e.g. the Content-Security-Policy of docs/hosting.md).
 * `compress` serves text and WebAssembly brotli- or gzip-compressed when the browser accepts it,
 * as a real static host does (for Lighthouse): compressed once when the server starts, as a
 * host serves precompressed files (nginx `brotli_static`, a CDN's cache), so that no request
 * waits while a megabyte is compressed at the highest quality.
 */
export function serve(root, { port = 0, host = '127.0.0.1', prefix = '/', headers = {}, compress = false } = {}) {
  const base = path.resolve(root);
  const extra = new Map();
  const packed = new Map();
  const encode = (file, body, accept) => {
    if (!compress || path.extname(file) === '.png') return [body, {}];
    const enc = /\bbr\b/.test(accept) ? 'br' : /\bgzip\b/.test(accept) ? 'gzip' : null;
    if (!enc) return [body, {}];
    const key = `${enc}:${file}`;
    if (!packed.has(key)) {
      packed.set(
        key,
        enc === 'br'
          ? zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } })
          : zlib.gzipSync(body, { level: 9 }),
      );
    }
    return [packed.get(key), { 'content-encoding': enc, vary: 'accept-encoding' }];
  };
  if (compress) {
    const walk = (dir) =>
      fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
    for (const file of walk(base)) encode(file, fs.readFileSync(file), 'br');
  }
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    const added = extra.get(url.pathname);
    if (added) {
      res.writeHead(200, { 'content-type': added.type, 'cache-control': 'no-cache' });
      res.end(added.body);
      return;
    }
    if (!url.pathname.startsWith(prefix)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    let file = path.join(base, decodeURIComponent(url.pathname.slice(prefix.length - 1)));
    if (!file.startsWith(base)) {
      res.writeHead(403).end();
      return;
    }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    fs.readFile(file, (err, body) => {
      if (err) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      const [sent, encoding] = encode(file, body, req.headers['accept-encoding'] || '');
      res.writeHead(200, {
        ...headers,
        ...encoding,
        'content-type': TYPES[path.extname(file)] || 'application/octet-stream',
        'cache-control': 'no-cache',
      });
      res.end(sent);
    });
  });
  return new Promise((resolve) => {
    server.listen(port, host, () => {
      const { port: p } = server.address();
      const origin = `http://${host}:${p}`;
      // Closing drops open keep-alive connections too: the tests use it to go offline.
      const close = () =>
        new Promise((r) => {
          server.close(r);
          server.closeAllConnections();
        });
      resolve({ url: `${origin}${prefix}`, origin, close, extra });
    });
  });
}

// `node tests/e2e/server.mjs [dir] [port]` serves a folder by hand.
if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] || 'dist';
  const port = Number(process.argv[3] || 8080);
  serve(dir, { port }).then(({ url }) => console.log(`serving ${dir} on ${url}`));
}
