import compression from 'compression';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

/**
 * Serves a built `dist/` folder from a plain static file server under a sub-path, the way a
 * school's web host would: no rewrites, no single-page fallback, gzip on text files.
 */
export async function serveStatic(folder: string, subPath = '/some/sub/path/'): Promise<{ url: string; server: Server }> {
  const files = sirv(folder, { dev: true, etag: true });
  const compress = compression();
  const server = createServer((request, response) => {
    const url = request.url ?? '/';
    if (!url.startsWith(subPath)) {
      response.statusCode = 404;
      response.end('not found');
      return;
    }
    request.url = `/${url.slice(subPath.length)}`;
    // compression is written for Express; its handler takes plain Node requests and responses as they are.
    compress(request as never, response as never, () =>
      files(request, response, () => {
        response.statusCode = 404;
        response.end('not found');
      }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}${subPath}`, server };
}
