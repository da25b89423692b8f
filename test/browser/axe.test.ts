// axe-core in the same Chromium, against the built editor in the states an operator sees: empty, filled with
// advisories and a wrong value, annotated, after an import that failed to parse, in the dark theme, and with many groups.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './chromium';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

interface Violation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

async function violations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axePath });
  const found = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document): Promise<{ violations: Violation[] }> } }).axe;
    return (await axe.run(document)).violations;
  });
  return found.map((violation) => `${violation.id}: ${violation.help} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

async function open(options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1360, height: 900 }, ...options });
  const page = await context.newPage();
  await page.goto(inject('appUrl'));
  await page.getByRole('heading', { name: '[glance]' }).waitFor();
  return page;
}

describe('accessibility (axe-core)', () => {
  it('finds no violation on the empty editor', async () => {
    const page = await open();
    expect(await violations(page)).toEqual([]);
    await page.context().close();
  });

  it('finds no violation with values, advisories, a wrong value and the annotated preview', async () => {
    const page = await open();
    await page.getByRole('group', { name: 'api_servers' }).getByRole('button', { name: 'Add item to api_servers' }).click();
    await page.keyboard.type('not a url');
    await page.getByRole('switch', { name: 'insecure', exact: true }).check();
    await page.getByRole('spinbutton', { name: 'num_retries' }).fill('-1');
    await page.getByRole('radio', { name: /Annotated/ }).check();
    await page.getByRole('heading', { name: 'Cannot export yet' }).waitFor();
    expect(await violations(page)).toEqual([]);
    await page.context().close();
  });

  it('finds no violation after an import with parse errors, or with a search that matches nothing', async () => {
    const page = await open();
    await page.getByLabel('File text').fill('[glance]\nthis is not an assignment\n');
    await page.getByRole('button', { name: 'Import text' }).click();
    await page.getByRole('alert').waitFor();
    await page.getByRole('searchbox', { name: 'Search options' }).fill('zzz');
    expect(await violations(page)).toEqual([]);
    await page.context().close();
  });

  it('finds no violation in the dark theme, with advisories and a wrong value', async () => {
    const page = await open({ colorScheme: 'dark' });
    await page.getByRole('switch', { name: 'insecure', exact: true }).check();
    await page.getByRole('spinbutton', { name: 'num_retries' }).fill('-1');
    await page.getByRole('heading', { name: 'Cannot export yet' }).waitFor();
    expect(await page.locator('div.oce').evaluate((root) => getComputedStyle(root).backgroundColor)).toBe('rgb(22, 27, 34)');
    expect(await violations(page)).toEqual([]);
    await page.context().close();
  });

  it('finds no violation with a schema of many groups: the group list with counts, a search across groups, the annotated file', async () => {
    const page = await open();
    await page.getByLabel('Open a schema…').setInputFiles(fileURLToPath(new URL('../../bench/schemas/synthetic-1000.json', import.meta.url)));
    await page.getByRole('navigation', { name: 'Groups' }).waitFor();
    await page.getByRole('spinbutton', { name: 'aggregate_timeout', exact: true }).fill('-5');
    await page.getByRole('searchbox', { name: 'Search options' }).fill('timeout');
    await page.getByRole('region', { name: 'Matches in every group' }).waitFor();
    await page.getByRole('radio', { name: /Annotated/ }).check();
    await page.getByText(/lines: the preview shows the lines scrolled into view/).waitFor();
    expect(await violations(page)).toEqual([]);
    await page.context().close();
  });

  it.each([
    [1440, 'light'],
    [1024, 'light'],
    [390, 'light'],
    [1440, 'dark'],
    [1024, 'dark'],
    [390, 'dark'],
  ] as const)('finds no violation at %d px in the %s theme, with advisories, the file region open and compact mode', async (width, colorScheme) => {
    const page = await open({ viewport: { width, height: 900 }, colorScheme });
    await page.getByRole('button', { name: /^Export/ }).click();
    await page.getByLabel('File text').fill('[glance]\napi_insecure = true\nnum_retries = x\n');
    await page.getByRole('button', { name: 'Import text' }).click();
    await page.getByRole('heading', { name: 'Cannot export yet' }).waitFor();
    expect(await violations(page)).toEqual([]);
    if (width < 900) await page.getByRole('button', { name: 'Back to the form' }).click();
    await page.getByRole('checkbox', { name: 'Compact' }).check();
    expect(await violations(page)).toEqual([]);
    await page.context().close();
  });
});
