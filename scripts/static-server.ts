// A static file server for dist/, as a static host serves it: directory index.html, 404.html, real MIME types.
// Used by the browser tests and the benchmark; listens on loopback only.
import { createServer, type Server } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
};

function fileFor(root: string, urlPath: string): string | undefined {
  const decoded = decodeURIComponent(urlPath.split('?')[0]!);
  const candidate = normalize(join(root, decoded));
  if (!candidate.startsWith(root)) return undefined;
  for (const path of [candidate, join(candidate, 'index.html')]) {
    try {
      if (statSync(path).isFile()) return path;
    } catch {
      // not this one
    }
  }
  return undefined;
}

export async function startStaticServer(dir = 'dist', port = 0): Promise<{ server: Server; url: string }> {
  const root = resolve(dir);
  const server = createServer((request, response) => {
    const path = request.url ?? '/';
    // Like a static host: /articles redirects to /articles/ when that folder has an index.
    if (
      !path.split('?')[0]!.endsWith('/') &&
      !extname(path.split('?')[0]!) &&
      fileFor(root, `${path.split('?')[0]}/index.html`)
    ) {
      response
        .writeHead(301, { Location: `${path.split('?')[0]}/${path.includes('?') ? `?${path.split('?')[1]}` : ''}` })
        .end();
      return;
    }
    const file = fileFor(root, path);
    const status = file ? 200 : 404;
    const served = file ?? join(root, '404.html');
    response.writeHead(status, {
      'Content-Type': TYPES[extname(served)] ?? 'application/octet-stream',
      'X-Content-Type-Options': 'nosniff',
    });
    createReadStream(served).pipe(response);
  });
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  const { port: actual } = server.address() as AddressInfo;
  return { server, url: `http://127.0.0.1:${actual}` };
}

// `node scripts/static-server.ts [port]` serves dist/ by hand.
if (import.meta.main) {
  const { url } = await startStaticServer('dist', Number(process.argv[2] ?? 4322));
  console.log(`dist/ を ${url} で配信中（Ctrl+C で終了）`);
}
