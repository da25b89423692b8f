// Debian's Chromium, driven by playwright-core: never a downloaded browser. playwright gives each launch a
// fresh temporary profile, and each test its own context (its own local storage).
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';

export const CHROMIUM = '/usr/bin/chromium';

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing; as root run: apt-get update && apt-get install -y --no-install-recommends chromium`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface PageSession {
  browser: Browser;
  context: BrowserContext;
  page: Page;
}

/**
 * One Chromium for the test file, a fresh context and page for each test, opened by `open`; a test fails when
 * the page threw or logged an error.
 */
export function usePageSession(open: (page: Page) => Promise<void>, viewport = { width: 1360, height: 900 }): PageSession {
  const session = {} as PageSession;
  let errors: string[] = [];
  beforeAll(async () => {
    session.browser = await launchChromium();
  });
  afterAll(async () => {
    await session.browser?.close();
  });
  beforeEach(async () => {
    session.context = await session.browser.newContext({ viewport, acceptDownloads: true });
    session.page = await session.context.newPage();
    errors = [];
    session.page.on('pageerror', (error) => errors.push(String(error)));
    session.page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await open(session.page);
  });
  afterEach(async () => {
    await session.context?.close();
    expect(errors).toEqual([]);
  });
  return session;
}
