// fetch() for component tests: the catalog's files from the repository's catalog/ folder, as the page's server
// serves them at CATALOG_URL; any other address goes to `others`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const CATALOG_URL = 'http://localhost/catalog/';
// A path, not a URL: under jsdom, URL is jsdom's, which node:fs does not take.
const CATALOG_FOLDER = join(import.meta.dirname, '../../catalog');

export function catalogFetch(others: (url: string) => Promise<Response> = async () => new Response('', { status: 404 })) {
  return async (input: string | URL | Request): Promise<Response> => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!url.startsWith(CATALOG_URL)) return others(url);
    try {
      return new Response(readFileSync(join(CATALOG_FOLDER, url.slice(CATALOG_URL.length))));
    } catch {
      return new Response('', { status: 404, statusText: 'Not Found' });
    }
  };
}
