import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page, TestInfo } from '@playwright/test';

export interface LcpRecord {
  page: string;
  lcpMs: number;
  /** The element painted last as the largest, e.g. `td` or `p.MuiTypography-body2`. */
  element: string;
  date: string;
}

/**
 * The page's Largest Contentful Paint in ms after navigation start, read after it rendered (buffered entries),
 * or null when the browser reported none within `timeoutMs`. Chromium stops recording LCP at the first user
 * input, so measure a page reached by `page.goto`, before any click or typing.
 */
export function largestContentfulPaint(page: Page, timeoutMs = 5_000): Promise<{ ms: number; element: string } | null> {
  return page.evaluate(
    (timeout) =>
      new Promise<{ ms: number; element: string } | null>((resolve) => {
        const timer = setTimeout(() => resolve(null), timeout);
        new PerformanceObserver((list, observer) => {
          const last = list.getEntries().at(-1) as LargestContentfulPaint | undefined;
          if (!last) return;
          clearTimeout(timer);
          observer.disconnect();
          const element = last.element;
          const className = typeof element?.className === 'string' ? element.className.split(/\s+/)[0] : '';
          resolve({ ms: last.startTime, element: element ? `${element.localName}${className ? `.${className}` : ''}` : '(removed)' });
        }).observe({ type: 'largest-contentful-paint', buffered: true });
      }),
    timeoutMs,
  );
}

/** Prints the measure and writes it to test-results/lcp.json (recorded for docs/benchmarks.md, not asserted on time). */
export async function recordLcp(testInfo: TestInfo, pageName: string, lcp: { ms: number; element: string }): Promise<LcpRecord> {
  const record: LcpRecord = { page: pageName, lcpMs: Math.round(lcp.ms), element: lcp.element, date: new Date().toISOString() };
  console.log(`LCP of ${pageName}: ${record.lcpMs} ms (${record.element})`);
  await mkdir(testInfo.project.outputDir, { recursive: true });
  await writeFile(join(testInfo.project.outputDir, 'lcp.json'), `${JSON.stringify(record, null, 2)}\n`);
  return record;
}
