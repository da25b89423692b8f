// The portal example (examples/portal), served by its own server with `Content-Security-Policy: default-src
// 'self'`, in Debian's Chromium: <oslo-config-editor> renders in its shadow root, takes edits, sends its events
// out of it, and the page reports no CSP violation. Styles stay on their side of the shadow root; light and dark.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './chromium';

const root = fileURLToPath(new URL('../..', import.meta.url));
const seedSchema: unknown = JSON.parse(readFileSync(new URL('../fixtures/seed-glance.json', import.meta.url), 'utf8'));

let server: ChildProcess;
let portalUrl: string;
let browser: Browser;
let pages: Page[] = [];

beforeAll(async () => {
  server = spawn(process.execPath, ['examples/portal/serve.mjs', '--port', '0'], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
  portalUrl = await new Promise<string>((resolve, reject) => {
    server.stdout!.on('data', (chunk: Buffer) => {
      const url = /http:\/\/\S+/.exec(String(chunk))?.[0];
      if (url) resolve(url);
    });
    server.on('exit', (code) => reject(new Error(`examples/portal/serve.mjs exited with ${code}`)));
  });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  server?.kill();
});
afterEach(async () => {
  await Promise.all(pages.map((page) => page.context().close()));
  pages = [];
});

interface EditorEvent {
  type: string;
  bubbles: boolean;
  composed: boolean;
  detail: Record<string, unknown>;
}

interface Watched {
  page: Page;
  /** Console errors and warnings, and uncaught errors: Chromium logs every CSP refusal as an error. */
  consoleProblems: string[];
  violations(): Promise<string[]>;
  /** The editor's events as a listener on the document received them. */
  events(type?: string): Promise<EditorEvent[]>;
}

async function openPortal(options: BrowserContextOptions = {}, beforePageScripts?: () => void): Promise<Watched> {
  const context = await browser.newContext({ viewport: { width: 1360, height: 900 }, acceptDownloads: true, ...options });
  const page = await context.newPage();
  if (beforePageScripts) await page.addInitScript(beforePageScripts);
  pages.push(page);
  const consoleProblems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') consoleProblems.push(message.text());
  });
  page.on('pageerror', (error) => consoleProblems.push(String(error)));
  // Runs before the page's own scripts, so that nothing they do goes unseen.
  await page.addInitScript(() => {
    const record = window as unknown as { cspViolations: string[]; editorEvents: unknown[] };
    record.cspViolations = [];
    record.editorEvents = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      record.cspViolations.push(`${event.effectiveDirective} refused ${event.blockedURI} (${event.sourceFile}:${event.lineNumber})`);
    });
    for (const type of ['change', 'export', 'validity']) {
      document.addEventListener(type, (event) => {
        if (event instanceof CustomEvent) {
          record.editorEvents.push({ type, bubbles: event.bubbles, composed: event.composed, detail: event.detail });
        }
      });
    }
  });
  const response = await page.goto(portalUrl);
  expect(response!.headers()['content-security-policy']).toBe("default-src 'self'");
  await page.getByRole('heading', { name: '[glance]' }).waitFor();
  return {
    page,
    consoleProblems,
    violations: () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
    events: async (type) => {
      const all = await page.evaluate(() => (window as unknown as { editorEvents: EditorEvent[] }).editorEvents);
      return type ? all.filter((event) => event.type === type) : all;
    },
  };
}

const editorStyle = (page: Page, selector: string, property: string) =>
  page.locator('#editor').evaluate(
    (host, [selector, property]) => getComputedStyle(host.shadowRoot!.querySelector(selector!)!).getPropertyValue(property!),
    [selector, property],
  );

describe('the portal example under a strict CSP', () => {
  it('renders the editor in its shadow root, takes edits, sends its events, and causes no CSP violation', async () => {
    const { page, consoleProblems, violations, events } = await openPortal();
    const editor = page.locator('#editor');
    expect(await editor.evaluate((host) => ({ light: host.childNodes.length, shadow: host.shadowRoot!.childElementCount }))).toEqual({
      light: 0,
      shadow: 1,
    });
    // The schema came from schema-url: nova 26's [glance], which has options the built-in seed has not.
    await page.getByRole('switch', { name: 'enable_rbd_download' }).waitFor();
    await expect.poll(() => events('validity')).toEqual([expect.objectContaining({ detail: { valid: true, problems: [] } })]);

    const retries = page.getByRole('spinbutton', { name: 'num_retries' });
    await retries.fill('5');
    await expect.poll(() => page.locator('#values').textContent()).toContain('"num_retries": 5');
    const change = (await events('change')).at(-1)!;
    expect(change).toMatchObject({ bubbles: true, composed: true, detail: { values: { glance: { num_retries: 5 } }, text: '[glance]\nnum_retries = 5\n' } });
    expect(change.detail.findings).toEqual(expect.arrayContaining([expect.objectContaining({ option: 'timeout' })]));
    await page.getByText(/^change \(bubbles, composed\): 1 option set/).waitFor();

    await retries.fill('-1');
    await page.getByText(/^The file cannot be exported: num_retries: oslo\.config refuses it: Should be greater than or equal to 0/).waitFor();
    expect((await events('validity')).at(-1)).toMatchObject({
      bubbles: true,
      composed: true,
      detail: { valid: false, problems: [{ group: 'glance', option: 'num_retries' }] },
    });
    await retries.fill('5');
    await page.getByText('The file is valid.').waitFor();

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download glance.conf' }).click()]);
    expect(await readFile((await download.path())!, 'utf8')).toBe('[glance]\nnum_retries = 5\n');
    await expect
      .poll(() => events('export'))
      .toEqual([{ type: 'export', bubbles: true, composed: true, detail: { text: '[glance]\nnum_retries = 5\n', fileName: 'glance.conf', via: 'download' } }]);
    await page.getByText(/^export \(bubbles, composed\): glance\.conf by download/).waitFor();

    // The element keeps nothing in the browser: the portal holds the values.
    expect(await page.evaluate(() => [localStorage.length, sessionStorage.length])).toEqual([0, 0]);
    expect(await violations()).toEqual([]);
    expect(consoleProblems).toEqual([]);

    // The watch itself works: something the policy refuses is reported, and logged.
    await page.evaluate(() => {
      const image = document.createElement('img');
      image.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
      document.body.append(image);
    });
    await expect.poll(violations).toEqual([expect.stringMatching(/^img-src refused data/)]);
    expect(consoleProblems).toEqual([expect.stringContaining('Content Security Policy')]);
  });

  it('follows its attributes and properties: readonly, value, schema', async () => {
    const { page, consoleProblems, violations, events } = await openPortal();
    await page.getByLabel('Read only').check();
    await expect.poll(() => page.getByRole('spinbutton', { name: 'num_retries' }).isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: 'Undo' }).count()).toBe(0);
    await page.getByLabel('Read only').uncheck();
    await expect.poll(() => page.getByRole('spinbutton', { name: 'num_retries' }).isDisabled()).toBe(false);

    await page.locator('#editor').evaluate((host) => {
      (host as HTMLElement & { value: unknown }).value = { glance: { num_retries: 7, cafile: '/etc/ca.pem' } };
    });
    await expect.poll(() => page.getByRole('spinbutton', { name: 'num_retries' }).inputValue()).toBe('7');
    await expect.poll(async () => (await events('change')).at(-1)?.detail.values).toEqual({ glance: { num_retries: 7, cafile: '/etc/ca.pem' } });
    expect(await page.locator('#editor').evaluate((host) => (host as HTMLElement & { value: unknown }).value)).toEqual({
      glance: { num_retries: 7, cafile: '/etc/ca.pem' },
    });

    await page.locator('#editor').evaluate((host, schema) => {
      (host as HTMLElement & { schema: unknown }).schema = schema;
    }, seedSchema);
    await page.getByRole('switch', { name: 'api_insecure' }).waitFor();
    expect(await page.getByRole('switch', { name: 'enable_rbd_download' }).count()).toBe(0);

    expect(await violations()).toEqual([]);
    expect(consoleProblems).toEqual([]);
  });

  it('takes a property the page set before the script defined the element', async () => {
    // Module scripts run once the document is parsed: set `value` on the element as soon as it is parsed.
    const { page, consoleProblems, violations } = await openPortal({}, () => {
      const observer = new MutationObserver(() => {
        const element = document.querySelector('oslo-config-editor');
        if (!element) return;
        observer.disconnect();
        if (customElements.get('oslo-config-editor')) throw new Error('the element is already defined');
        (element as HTMLElement & { value: unknown }).value = { glance: { num_retries: 9 } };
      });
      observer.observe(document, { childList: true, subtree: true });
    });
    await expect.poll(() => page.getByRole('spinbutton', { name: 'num_retries' }).inputValue()).toBe('9');
    await expect.poll(() => page.locator('#values').textContent()).toContain('"num_retries": 9');
    expect(await violations()).toEqual([]);
    expect(consoleProblems).toEqual([]);
  });

  it('keeps the page’s styles out of the editor, and the editor’s out of the page', async () => {
    const { page, consoleProblems, violations } = await openPortal();
    // Heavy-handed page styles, from a file as the policy requires.
    await page.route('**/hostile.css', (route) =>
      route.fulfill({
        contentType: 'text/css',
        body: '* { color: rgb(255, 0, 0) !important; font-family: fantasy !important; letter-spacing: 5px !important; }\ninput { background: rgb(255, 255, 0) !important; }',
      }),
    );
    await page.evaluate(async () => {
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = 'hostile.css';
      const loaded = new Promise((resolve) => link.addEventListener('load', resolve));
      document.head.append(link);
      await loaded;
    });
    expect(await page.locator('h1').evaluate((heading) => getComputedStyle(heading).color)).toBe('rgb(255, 0, 0)');

    expect(await editorStyle(page, '.oce', 'color')).toBe('rgb(29, 36, 48)');
    expect(await editorStyle(page, '.oce', 'letter-spacing')).toBe('normal');
    expect(await editorStyle(page, '.oce', 'font-family')).toMatch(/^system-ui/);
    expect(await editorStyle(page, 'input[name="num_retries"]', 'background-color')).toBe('rgb(255, 255, 255)');
    expect(await editorStyle(page, 'input[name="num_retries"]', 'font-family')).toMatch(/^ui-monospace/);
    // The page's root font size is 10px; the editor's sizes do not follow it.
    expect(await editorStyle(page, '.oce', 'font-size')).toBe('15px');
    expect(await editorStyle(page, '.oce h2', 'font-size')).toBe('16.5px');

    const outside = await page.evaluate(() => {
      const decoy = document.createElement('p');
      decoy.className = 'oce oce-hint';
      document.body.append(decoy);
      return {
        styleElements: document.querySelectorAll('style').length,
        adopted: document.adoptedStyleSheets.length,
        sheets: [...document.styleSheets].map((sheet) => new URL(sheet.href!).pathname),
        decoyFontSize: getComputedStyle(decoy).fontSize,
      };
    });
    expect(outside).toEqual({ styleElements: 0, adopted: 0, sheets: ['/portal.css', '/hostile.css'], decoyFontSize: '14px' });
    expect(await violations()).toEqual([]);
    expect(consoleProblems).toEqual([]);
  });

  it('is light or dark as the system prefers, unless its theme attribute says otherwise; the page can set its colours', async () => {
    const light = await openPortal({ colorScheme: 'light' });
    expect(await editorStyle(light.page, '.oce', 'background-color')).toBe('rgb(255, 255, 255)');
    await light.page.getByLabel('Theme').selectOption('dark');
    await expect.poll(() => editorStyle(light.page, '.oce', 'background-color')).toBe('rgb(22, 27, 34)');

    const dark = await openPortal({ colorScheme: 'dark' });
    expect(await editorStyle(dark.page, '.oce', 'background-color')).toBe('rgb(22, 27, 34)');
    expect(await editorStyle(dark.page, '.oce', 'color')).toBe('rgb(228, 232, 238)');
    expect(await editorStyle(dark.page, 'input[name="num_retries"]', 'background-color')).toBe('rgb(22, 27, 34)');
    await dark.page.getByLabel('Theme').selectOption('light');
    await expect.poll(() => editorStyle(dark.page, '.oce', 'background-color')).toBe('rgb(255, 255, 255)');

    // A custom property set on the element reaches inside (set through the CSSOM, which the policy allows).
    await dark.page.locator('#editor').evaluate((host) => (host as HTMLElement).style.setProperty('--oce-accent', 'rgb(1, 2, 3)'));
    expect(await editorStyle(dark.page, '.oce-button--primary', 'background-color')).toBe('rgb(1, 2, 3)');

    for (const { violations, consoleProblems } of [light, dark]) {
      expect(await violations()).toEqual([]);
      expect(consoleProblems).toEqual([]);
    }
  });
});
