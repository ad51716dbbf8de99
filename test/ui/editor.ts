// What the editor shows, read through the helpers that in-page.js adds to the workbench page.
import * as path from 'node:path';
import type { Page } from 'playwright-core';

export const inPageScript = path.join(__dirname, 'in-page.js');

export function renderedLabels(page: Page): Promise<string[]> {
  return page.evaluate<string[]>('window.onTheRecordUi.renderedLabels()');
}

export async function waitForLabel(page: Page, text: string, timeout = 60_000): Promise<void> {
  await page.waitForFunction(`window.onTheRecordUi.renderedLabels().some((label) => label.includes(${JSON.stringify(text)}))`, undefined, { timeout });
}

export async function centreOfWord(page: Page, word: string): Promise<{ x: number; y: number }> {
  const centre = await page.evaluate<{ x: number; y: number } | null>(`window.onTheRecordUi.centreOfWord(${JSON.stringify(word)})`);
  if (!centre) throw new Error(`"${word}" is not rendered in the editor`);
  return centre;
}

export interface Overflow {
  lines: Array<{ text: string; over: number }>;
  /** Class names of the horizontal scrollbars showing. */
  horizontalScrollbars: string[];
}

export function overflowingLines(page: Page): Promise<Overflow> {
  return page.evaluate<Overflow>('window.onTheRecordUi.overflowingLines()');
}

export function describeLabels(page: Page): Promise<string[]> {
  return page.evaluate<string[]>('window.onTheRecordUi.describeLabels()');
}
