import { mkdirSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { AxeResults } from 'axe-core';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { findWebBuild } from '../../src/web/web-pages';
import { createTestApp, type TestApp, type TestAppOptions } from './test-app';

/** The widths every page is checked and photographed at: a phone and a desktop. */
export const WIDTHS = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 900 } } as const;
export type WidthName = keyof typeof WIDTHS;

/**
 * Browser tests boot the app and Chromium and run axe-core twice per page: on this shared
 * 2-core machine that can take minutes under load. Call jest.setTimeout(BROWSER_TEST_TIMEOUT).
 */
export const BROWSER_TEST_TIMEOUT = 300_000;

export const SCREENSHOT_DIR = join(__dirname, '..', '..', 'test-output', 'screenshots');

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
// axe-core's browser bundle, evaluated in the page as it is (Jest's transform would break it).
let axeSource: string | undefined;

// Without the background-networking flags Chromium keeps calling home, and this machine's
// closed network refuses every attempt.
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** CHROMIUM_PATH when set (e.g. Debian's /usr/bin/chromium), else the Chromium inside @sparticuz/chromium. */
export async function chromiumPath(): Promise<string> {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const sparticuz = require('@sparticuz/chromium') as typeof import('@sparticuz/chromium');
  return (sparticuz.default ?? sparticuz).executablePath();
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: await chromiumPath(), headless: true, args: CHROMIUM_ARGS });
}

export interface WebApp extends TestApp {
  /** http://127.0.0.1:<port> of the real app, listening for the browser. */
  baseUrl: string;
  browser: Browser;
  /** A fresh browser context (own cookies and storage) with a page at the given width. */
  newPage(width?: WidthName): Promise<Page>;
  close(): Promise<void>;
}

/**
 * The real app on a database of its own, listening on a free port, with the built pages,
 * and a headless Chromium to drive it. Close it in afterAll.
 */
export async function createWebApp(options: TestAppOptions = {}): Promise<WebApp> {
  if (!findWebBuild()) throw new Error('The web pages are not built: run `npm run build:web` (npm test does it for you).');
  const t = await createTestApp(options);
  await t.app.listen(0, '127.0.0.1');
  const { port } = t.app.getHttpServer().address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  let browser: Browser;
  try {
    browser = await launchBrowser();
  } catch (err) {
    await t.close();
    throw err;
  }
  const contexts: BrowserContext[] = [];
  return {
    ...t,
    baseUrl,
    browser,
    async newPage(width = 'desktop') {
      const context = await browser.newContext({ baseURL: baseUrl, viewport: WIDTHS[width], locale: 'nb-NO' });
      contexts.push(context);
      return context.newPage();
    },
    async close() {
      await Promise.all(contexts.map((c) => c.close().catch(() => undefined)));
      await browser.close();
      await t.close();
    },
  };
}

/** Violations axe-core finds at levels A and AA, as readable lines (empty when there are none). */
export async function axeViolations(page: Page): Promise<string[]> {
  axeSource ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(axeSource);
  const result = await page.evaluate(
    (tags) => (globalThis as unknown as { axe: { run: (opts: object) => Promise<AxeResults> } }).axe.run({ runOnly: { type: 'tag', values: tags } }),
    AXE_TAGS,
  );
  return result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join('\n  ')}`,
  );
}

/**
 * Checks the page as it stands at both widths: axe-core finds nothing at A/AA, and a full-page
 * screenshot goes to test-output/screenshots/<name>-<width>.png. Restores the original width.
 */
export async function checkPage(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const original = page.viewportSize();
  const found: string[] = [];
  for (const size of Object.values(WIDTHS)) {
    await page.setViewportSize(size);
    found.push(...(await axeViolations(page)).map((v) => `[${size.width}px] ${v}`));
    await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}-${size.width}.png`), fullPage: true });
  }
  if (original) await page.setViewportSize(original);
  expect({ page: name, violations: found }).toEqual({ page: name, violations: [] });
}

/** What has keyboard focus: its id and text (for keyboard-only walkthroughs). */
export async function focused(page: Page): Promise<{ id: string; text: string; tag: string }> {
  return page.evaluate(
    '({ id: document.activeElement?.id ?? "", text: (document.activeElement?.textContent ?? "").trim(), tag: document.activeElement?.tagName ?? "" })',
  );
}
