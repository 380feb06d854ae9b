/**
 * A tiny static file server that behaves like GitHub Pages for a project site: the build is
 * served under a base path, folders serve index.html, a folder URL without "/" redirects, and
 * unknown paths get 404.html with status 404. Loopback only; no dependencies.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';

export interface StaticServer {
  /** "http://127.0.0.1:PORT" */
  origin: string;
  /** The site's home: origin + base. */
  url: string;
  /** The paths requested since the server started (pages, scripts, workers' fetches alike). */
  requested: string[];
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};

/** The content type a file is served with. */
export function contentType(file: string): string {
  return TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** Serves `dir` under `base` ("/" or "/repo/") on 127.0.0.1 at a free port. */
export async function serveStatic(dir: string, base: string): Promise<StaticServer> {
  const root = resolve(dir);
  const requested: string[] = [];
  const server = createServer((req, res) => {
    requested.push(new URL(req.url ?? '/', 'http://localhost').pathname);
    handle(root, base, req, res).catch((error: unknown) => {
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(String(error));
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: origin + base,
    requested,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

async function handle(root: string, base: string, req: IncomingMessage, res: ServerResponse) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD' }).end();
    return;
  }
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname + '/' === base) return redirect(res, base + url.search);
  if (!url.pathname.startsWith(base)) return notFound(root, req, res);

  let rel: string;
  try {
    rel = decodeURIComponent(url.pathname.slice(base.length));
  } catch {
    return notFound(root, req, res);
  }
  const full = normalize(join(root, rel));
  if (rel.includes('\0') || (full !== root && !full.startsWith(root + sep))) {
    return notFound(root, req, res);
  }

  const info = await stat(full).catch(() => undefined);
  if (info?.isDirectory()) {
    if (!url.pathname.endsWith('/')) return redirect(res, url.pathname + '/' + url.search);
    return sendFile(join(full, 'index.html'), 200, req, res, () => notFound(root, req, res));
  }
  if (info?.isFile()) return sendFile(full, 200, req, res, () => notFound(root, req, res));
  // GitHub Pages also serves "page.html" for "/page".
  return sendFile(full + '.html', 200, req, res, () => notFound(root, req, res));
}

function redirect(res: ServerResponse, location: string) {
  res.writeHead(301, { location, 'content-type': 'text/plain' }).end(`Moved to ${location}`);
}

function notFound(root: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  return sendFile(join(root, '404.html'), 404, req, res, async () => {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
  });
}

async function sendFile(
  file: string,
  status: number,
  req: IncomingMessage,
  res: ServerResponse,
  otherwise: () => Promise<void>,
): Promise<void> {
  const info = await stat(file).catch(() => undefined);
  if (!info?.isFile()) return otherwise();
  res.writeHead(status, {
    'content-type': contentType(file),
    'content-length': info.size,
    'cache-control': 'no-store',
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  await new Promise<void>((done, fail) => {
    createReadStream(file).on('error', fail).on('end', done).pipe(res);
  });
}
