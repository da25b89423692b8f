// Serves the portal example with the strict policy a portal has: `Content-Security-Policy: default-src 'self'`
// on every response. `npm run portal` builds the element first; then open the URL this prints.
//   node examples/portal/serve.mjs [--port N]     (N = 0: any free port)
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';

const root = new URL('../../', import.meta.url);
const FILES = {
  '/': ['examples/portal/index.html', 'text/html; charset=utf-8'],
  '/portal.js': ['examples/portal/portal.js', 'text/javascript; charset=utf-8'],
  '/portal.css': ['examples/portal/portal.css', 'text/css; charset=utf-8'],
  '/oslo-config-editor.js': ['dist/element/oslo-config-editor.js', 'text/javascript; charset=utf-8'],
  // nova 26's `oslo-config-generator --format json` output for [glance], the one the tests read.
  '/schemas/nova-glance.json': ['test/fixtures/nova-26-glance.json', 'application/json'],
};
const HEADERS = {
  'Content-Security-Policy': "default-src 'self'",
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': 'no-store',
};

const { values } = parseArgs({ options: { port: { type: 'string', default: '8080' } } });

const server = createServer(async (request, response) => {
  const path = new URL(request.url ?? '/', 'http://localhost').pathname;
  const file = FILES[path];
  if (!file) {
    // Browsers ask for /favicon.ico on their own: no icon, and no error in the console for it.
    response.writeHead(path === '/favicon.ico' ? 204 : 404, HEADERS).end();
    return;
  }
  try {
    const body = await readFile(new URL(file[0], root));
    response.writeHead(200, { ...HEADERS, 'Content-Type': file[1] }).end(body);
  } catch {
    response.writeHead(500, { ...HEADERS, 'Content-Type': 'text/plain' }).end(`${file[0]} is missing; run npm run build:element\n`);
  }
});

server.listen(Number(values.port), '127.0.0.1', () => {
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  console.log(`portal: http://127.0.0.1:${port}/`);
});
