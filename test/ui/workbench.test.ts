// Drives the real workbench in Chromium with the packaged extension installed, as a user would,
// and saves screenshots in test-results/ui/ (ON_THE_RECORD_UPDATE_MEDIA=1 also refreshes media/).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { centreOfWord, describeLabels, overflowingLines, renderedLabels, waitForLabel } from './editor';
import { openWorkbench, repoMediaDir, sampleArticleName, screenshotDir, type Workbench } from './workbench';

async function screenshot(page: Page, name: string): Promise<void> {
  const file = path.join(screenshotDir, `${name}.png`);
  await page.screenshot({ path: file });
  if (process.env.ON_THE_RECORD_UPDATE_MEDIA === '1' && ['annotated', 'review', 'source-check', 'sources'].includes(name)) {
    fs.copyFileSync(file, path.join(repoMediaDir, `screenshot-${name}.png`));
  }
}

/** Like centreOfWord, but in whichever editor shows the word (the workbench keeps more than one in its page). */
async function centreOfTextInAnyEditor(page: Page, word: string): Promise<{ x: number; y: number }> {
  // A string, as in in-page.js: these tests are compiled without the DOM's types.
  const centre = await page.evaluate<{ x: number; y: number } | null>(`(() => {
    const needle = ${JSON.stringify(word)};
    for (const lines of document.querySelectorAll('.monaco-editor .view-lines')) {
      const walker = document.createTreeWalker(lines, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = (node.textContent || '').replace(/\\u00a0/g, ' ').indexOf(needle);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + needle.length);
        const box = range.getBoundingClientRect();
        if (box.width > 0) return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
      }
    }
    return null;
  })()`);
  if (!centre) throw new Error(`"${word}" is not rendered in an editor`);
  return centre;
}

describe('the workbench in Chromium with the .vsix installed', function () {
  this.timeout(120_000);
  let workbench: Workbench;
  let page: Page;

  before(async () => {
    workbench = await openWorkbench();
    page = workbench.page;
  });
  after(async () => {
    await workbench?.stop();
  });

  it('opens the sample article and renders speaker labels next to the quotes', async () => {
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: sampleArticleName }).click();
    await page.locator('.monaco-editor .view-lines').first().waitFor();
    await waitForLabel(page, 'Lavrov');
    const labels = await renderedLabels(page);
    assert.ok(labels.some((label) => label.includes('Sergey Lavrov')), `labels: ${labels.join(' | ')}`);
    assert.ok(labels.some((label) => label.includes('Mike Pompeo')), `labels: ${labels.join(' | ')}`);
    await screenshot(page, 'labels');
  });

  it('keeps every wrapped line inside the editor (labels count in word wrap)', async () => {
    // Scroll through the article so every paragraph is rendered once.
    await page.locator('.part.editor .monaco-editor .view-lines').first().click({ position: { x: 10, y: 10 } });
    await page.keyboard.press('Control+Home');
    const problems: string[] = [];
    for (let screen = 0; screen < 12; screen++) {
      const overflow = await overflowingLines(page);
      for (const line of overflow.lines) problems.push(`…${line.text} (${line.over} px past the edge)`);
      for (const bar of overflow.horizontalScrollbars) problems.push(`a horizontal scrollbar is showing (${bar})`);
      if (screen === 0) await screenshot(page, 'wrapped-top');
      await page.keyboard.press('PageDown');
      await page.waitForTimeout(300);
    }
    await screenshot(page, 'wrapped-bottom');
    await page.keyboard.press('Control+Home');
    assert.deepEqual([...new Set(problems)], [], `labels: ${(await describeLabels(page)).join(' | ')}`);
  });

  it('lists the speakers in the On the Record tree', async () => {
    await page.locator('.activitybar .action-item a[aria-label="On the Record"], .activitybar .action-item[aria-label="On the Record"]').first().click();
    const tree = page.locator('.pane-body .monaco-list-row');
    await tree.filter({ hasText: 'Sergey Lavrov' }).first().waitFor({ timeout: 30_000 });
    await tree.filter({ hasText: 'Mike Pompeo' }).first().waitFor();
    const rows = await tree.allTextContents();
    assert.ok(rows.some((row) => /Sergey Lavrov.*\d+ quotes/.test(row)), `rows: ${rows.join(' | ')}`);
  });

  it('previews a quote on a click: the next keystroke does not reach the article', async () => {
    const row = page.locator('.pane-body .monaco-list-row', { hasText: 'We have disagreement' }).first();
    await row.click();
    await page.locator('.part.editor .monaco-editor .view-lines', { hasText: 'We have disagreement' }).first().waitFor();
    await page.waitForTimeout(500);
    await screenshot(page, 'tree-preview');
    await page.keyboard.type('x');
    await page.waitForTimeout(500);
    const dirtyTabs = await page.locator('.part.editor .tab.dirty').count();
    assert.equal(dirtyTabs, 0, 'typing after a click in the Quotes view changed the article');
    await page.keyboard.press('Escape'); // the view's type-to-find box, if the keystroke opened it
  });

  it("shows Lavrov's role in a hover card", async () => {
    const word = await centreOfWord(page, 'Sergey Lavrov');
    await page.mouse.move(word.x - 40, word.y);
    await page.mouse.move(word.x + 20, word.y, { steps: 5 });
    const card = page.locator('.monaco-hover:visible', { hasText: 'Sergey Lavrov' });
    await card.first().waitFor({ timeout: 15_000 });
    const text = await card.first().innerText();
    assert.match(text, /Foreign Minister/);
    assert.match(text, /\d+ quotes/);
    await screenshot(page, 'annotated');
  });

  it('lists the speakers with their quotes in the Outline', async () => {
    await page.mouse.move(5, 5);
    await page.keyboard.press('Escape');
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor();
    await input.fill('>Focus on Outline View');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Outline' }).first().click();
    const outline = page.locator('.pane', { has: page.locator('.pane-header', { hasText: /outline/i }) }).locator('.monaco-list-row');
    // Only the rows in view are rendered: the most quoted speaker and the first of its quotes.
    await outline.filter({ hasText: 'Mike Pompeo' }).first().waitFor({ timeout: 30_000 }).catch(async (error: Error) => {
      await screenshot(page, 'outline-failed');
      throw error;
    });
    const rows = (await outline.allTextContents()).map((row) => row.trim());
    // The speaker with its role and count, and its quotes under it (the Outline follows the cursor).
    assert.ok(rows.some((row) => /^Mike Pompeo.*Secretary of State.*\d+ quotes/.test(row)), `rows: ${rows.join(' | ')}`);
    assert.ok(rows.some((row) => row.startsWith('“')), `rows: ${rows.join(' | ')}`);
    await screenshot(page, 'outline');
    // The tests after this one read the Quotes view: show it again in place of the Explorer.
    await page.locator('.activitybar .action-item a[aria-label="On the Record"], .activitybar .action-item[aria-label="On the Record"]').first().click();
    await page.locator('.pane-body .monaco-list-row', { hasText: 'Sergey Lavrov' }).first().waitFor();
  });

  it('finds "Extract Quotes" in the command palette and runs it', async () => {
    await page.mouse.move(5, 5);
    await page.keyboard.press('Escape');
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor();
    await input.fill('>extract quotes');
    const command = page.locator('.quick-input-list .monaco-list-row', { hasText: 'Extract Quotes' });
    await command.first().waitFor();
    await screenshot(page, 'palette');
    await command.first().click();
    const markdown = page.locator('.quick-input-list .monaco-list-row', { hasText: 'Markdown' });
    await markdown.first().click();
    const result = page.locator('.monaco-editor .view-lines').filter({ hasText: '# Quotes' });
    await result.first().waitFor({ timeout: 30_000 });
    const text = (await result.first().innerText()).replace(/\u00a0/g, ' ');
    // Only the lines on screen are rendered: the first speaker heading is enough.
    assert.match(text, /### (Mike Pompeo|Sergey Lavrov)/);
    await screenshot(page, 'extract');
  });

  /**
   * Runs a command from the palette by its title. The palette filters commands by context keys as it opens; a key
   * the extension sets as the editor becomes active can arrive just after, so a missing row is asked for again.
   */
  async function runCommand(title: string): Promise<void> {
    const input = page.locator('.quick-input-widget input');
    // The row that holds the title, not the first one: "Mark Verified" also finds "Mark Matching Quotes Verified".
    const row = page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
    for (let attempt = 1; ; attempt++) {
      await page.keyboard.press('F1');
      await input.waitFor();
      await input.fill(`>${title}`);
      try {
        await row.waitFor({ timeout: 10_000 });
        break;
      } catch (error) {
        if (attempt < 3) {
          await page.keyboard.press('Escape');
          continue;
        }
        await screenshot(page, `palette-${title.toLowerCase().replace(/\W+/g, '-')}-failed`);
        throw error;
      }
    }
    await row.click();
  }

  it('corrects a speaker and marks a quote verified: the label says a person set it, the view shows it checked', async () => {
    await page.keyboard.press('Escape');
    await page.locator('.tabs-container .tab', { hasText: sampleArticleName }).first().click();
    // The export, which quotes "frank" too, stays on screen until the article's tab is active: a click before
    // then lands in the export, where the review commands are not offered.
    await page.locator('.tab.active', { hasText: sampleArticleName }).waitFor();
    await waitForLabel(page, 'Lavrov');
    // "Both of the diplomats said they had "frank" discussions": a group, left unattributed by the engine.
    const frank = await centreOfWord(page, 'frank');
    await page.mouse.click(frank.x, frank.y);
    await runCommand('Set Speaker');
    const someoneElse = page.locator('.quick-input-list .monaco-list-row', { hasText: 'Someone else' });
    await someoneElse.first().click();
    await page.locator('.quick-input-widget', { hasText: 'as the article should name them' }).waitFor();
    await page.keyboard.type('Mike Pompeo and Sergey Lavrov');
    await page.keyboard.press('Enter');
    await waitForLabel(page, 'Mike Pompeo and Sergey Lavrov ✎', 30_000);
    // The next quote (Next Quote selects it) is verified.
    await page.keyboard.press('Alt+]');
    await runCommand('Mark Verified');
    const tree = page.locator('.pane-body .monaco-list-row');
    try {
      await tree.filter({ hasText: 'verified' }).first().waitFor({ timeout: 30_000 });
    } catch (error) {
      await screenshot(page, 'review-failed');
      throw error;
    }
    const rows = await tree.allTextContents();
    assert.ok(rows.some((row) => /frank.*set by you/.test(row)), `rows: ${rows.join(' | ')}`);
    // The verified quote says so in the article too.
    await waitForLabel(page, '✓', 30_000);
    await page.locator('.statusbar-item', { hasText: 'of' }).filter({ hasText: 'checked' }).first().waitFor();
    await screenshot(page, 'review');
  });

  it('asks whether to export the whole article or the selection, when text is selected', async () => {
    await page.mouse.move(5, 5);
    await page.keyboard.press('Escape');
    await page.locator('.tabs-container .tab', { hasText: sampleArticleName }).first().click();
    await page.locator('.tab.active', { hasText: sampleArticleName }).waitFor();
    // Three clicks select the line: the paragraph of "Lately these channels were frozen", Lavrov's alone.
    const frozen = await centreOfWord(page, 'frozen');
    await page.mouse.click(frozen.x, frozen.y, { clickCount: 3 });
    await runCommand('Extract Quotes');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Markdown' }).first().click();
    const onlySelection = page.locator('.quick-input-list .monaco-list-row', { hasText: 'Only the quotes in the selection' });
    await onlySelection.first().waitFor();
    assert.ok(await page.locator('.quick-input-list .monaco-list-row', { hasText: 'The whole article' }).first().isVisible());
    await onlySelection.first().click();
    const result = page.locator('.editor-group-container.active .monaco-editor .view-lines').filter({ hasText: '# Quotes' });
    await result.first().waitFor({ timeout: 30_000 });
    const text = (await result.first().innerText()).replace(/\u00a0/g, ' ');
    assert.match(text, /### Sergey Lavrov/);
    assert.match(text, /quotes? from 1 speaker/);
    assert.doesNotMatch(text, /### Mike Pompeo/, 'only the selected paragraph\'s quotes are exported');
    await page.keyboard.press('Escape');
  });

  it('checks an article against its transcript and flags the altered quote in the Problems panel', async () => {
    await page.mouse.move(5, 5);
    await page.keyboard.press('Escape');
    // The transcript open in an editor is offered as a source; the article is the one checked.
    for (const name of ['town-hall.txt', 'article.txt']) {
      await page.keyboard.press('Control+P');
      const input = page.locator('.quick-input-widget input');
      await input.waitFor();
      await input.fill(name);
      await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor();
      await page.keyboard.press('Enter');
      await page.locator('.tab.active', { hasText: name }).waitFor();
    }
    await waitForLabel(page, 'Okafor');
    await page.keyboard.press('F1');
    const palette = page.locator('.quick-input-widget input');
    await palette.fill('>check quotes against source');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Check Quotes Against Source' }).first().click();
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'town-hall.txt' }).first().click();
    await page.keyboard.press('Enter');
    await page.locator('.notifications-toasts', { hasText: 'quotes differ from the source' }).first().waitFor({ timeout: 30_000 });
    await page.keyboard.press('Control+Shift+M');
    const problem = page.locator('.markers-panel .monaco-list-row', { hasText: 'Quote altered (negation)' });
    await problem.first().waitFor({ timeout: 15_000 });
    const rows = (await page.locator('.markers-panel .monaco-list-row').allTextContents()).join(' | ');
    assert.match(rows, /Quote speaker differs/);
    assert.match(rows, /Quote not found/);
    const word = await centreOfTextInAnyEditor(page, 'vote');
    await page.mouse.move(word.x - 40, word.y);
    await page.mouse.move(word.x, word.y, { steps: 5 });
    const card = page.locator('.monaco-hover:visible', { hasText: 'Source check: altered' });
    await card.first().waitFor({ timeout: 15_000 });
    assert.match(await card.first().innerText(), /I will not vote for a plan/);
    await screenshot(page, 'source-check');
  });

  it('indexes the workspace in Quotes in Workspace and charts an article\'s sources; a bar filters the Quotes view', async () => {
    await page.mouse.move(5, 5);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+P');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor();
    await input.fill('council-vote.txt');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'council-vote.txt' }).first().waitFor();
    await page.keyboard.press('Enter');
    await page.locator('.tab.active', { hasText: 'council-vote.txt' }).waitFor();
    // Every quote here has its tag beside it, so no label is drawn: wait for the text itself.
    await page.locator('.monaco-editor .view-lines', { hasText: 'Elm Street bridge' }).first().waitFor();

    await page.keyboard.press('F1');
    await page.locator('.quick-input-widget input').fill('>index quotes in workspace');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Index Quotes in Workspace' }).first().click();
    const ledgerPane = page.locator('.pane', { has: page.locator('.pane-header .title', { hasText: /^Quotes in Workspace$/ }) });
    await ledgerPane.locator('.monaco-list-row', { hasText: 'Dana Whitfield' }).first().waitFor({ timeout: 60_000 });
    const ledgerRows = (await ledgerPane.locator('.monaco-list-row').allTextContents()).join(' | ');
    // The rows below the pane's height are not rendered: the never-quoted group is checked in the extension host.
    assert.match(ledgerRows, /Omar Hale/);
    // Opened, a person shows the quote reworded between two articles, then each file.
    await ledgerPane.locator('.monaco-list-row', { hasText: 'Dana Whitfield' }).first().click();
    await ledgerPane.locator('.monaco-list-row', { hasText: 'Reworded in another article' }).first().waitFor();
    await screenshot(page, 'ledger');

    await page.keyboard.press('F1');
    await page.locator('.quick-input-widget input').fill('>show the sources panel');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Show the Sources Panel' }).first().click();
    const panel = page.frameLocator('iframe.webview').frameLocator('#active-frame');
    await panel.locator('.bar', { hasText: 'Dana Whitfield' }).first().waitFor({ timeout: 30_000 });
    assert.match(await panel.locator('svg').first().textContent() ?? '', /Officials \(unnamed\)/);
    await screenshot(page, 'sources');

    const quotesPane = page.locator('.pane', { has: page.locator('.pane-header .title', { hasText: /^Quotes$/ }) });
    await panel.locator('.bar', { hasText: 'Officials' }).first().click();
    await quotesPane.locator('.monaco-list-row', { hasText: 'Officials' }).first().waitFor({ timeout: 15_000 });
    // The view is rebuilt with that source alone: the other speakers' rows go.
    let rows: string[] = [];
    for (const started = Date.now(); Date.now() - started < 15_000; await page.waitForTimeout(200)) {
      rows = await quotesPane.locator('.monaco-list-row').allTextContents();
      if (!rows.some((r) => r.includes('Priya Lund'))) break;
    }
    assert.ok(!rows.some((r) => r.includes('Priya Lund')), `Quotes view rows: ${rows.join(' | ')}`);
  });
});
