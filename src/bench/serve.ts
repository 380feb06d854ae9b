/**
 * A small static server for a built site, gzip-compressing text types as GitHub Pages does,
 * and counting the bytes it sends so a benchmark can tell what a query downloaded (requests
 * from Pagefind's Web Worker included, which a page-level network log can miss).
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain',
  '.wasm': 'application/wasm',
};
// Pagefind's .pf_* files are already gzip inside; compressing them again gains nothing.
const COMPRESS = new Set([
  '.html',
  '.css',
  '.js',
  '.mjs',
  '.json',
  '.svg',
  '.xml',
  '.txt',
  '.wasm',
]);

export interface StaticServer {
  url: string; // origin + base, e.g. "http://127.0.0.1:40123/"
  /** Bytes sent (bodies as transferred) since the last reset. */
  sent(): number;
  /** Requests since the last reset: path (or "404 path") and bytes sent. */
  requests(): { path: string; bytes: number }[];
  reset(): void;
  close(): Promise<void>;
}

/** Serve `root` under `base` on a free localhost port. */
export async function serve(root: string, base = '/'): Promise<StaticServer> {
  let bytes = 0;
  let log: { path: string; bytes: number }[] = [];
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (!path.startsWith(base)) return notFound(res);
    let file = normalize(join(root, path.slice(base.length)));
    if (!file.startsWith(normalize(root))) return notFound(res);
    const info = await stat(file).catch(() => undefined);
    if (info?.isDirectory()) file = join(file, 'index.html');
    const body = await readFile(file).catch(() => undefined);
    if (!body) return notFound(res);
    const ext = extname(file);
    const gzip = COMPRESS.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding']));
    const payload = gzip ? gzipSync(body) : body;
    res.writeHead(200, {
      'content-type': TYPES[ext] ?? 'application/octet-stream',
      'content-length': payload.length,
      'cache-control': 'max-age=600',
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    });
    bytes += payload.length;
    log.push({ path, bytes: payload.length });
    res.end(payload);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    sent: () => bytes,
    requests: () => [...log],
    reset: () => {
      bytes = 0;
      log = [];
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };

  function notFound(res: import('node:http').ServerResponse) {
    log.push({ path: `404 ${res.req.url}`, bytes: 0 });
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  }
}
