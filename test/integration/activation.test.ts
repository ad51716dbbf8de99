import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension } from './helpers';

describe('activation', () => {
  it('activates and returns the test API', async () => {
    const api = await activateExtension();
    assert.equal(typeof api.analysisFor, 'function');
    assert.equal(typeof api.whenIdle, 'function');
    assert.equal(typeof api.decorationsFor, 'function');
    assert.ok(api.quotesTree, 'quotesTree provider');
  });

  it('registers its commands', async () => {
    const commands = await vscode.commands.getCommands(true);
    for (const id of ['onTheRecord.extractQuotes', 'onTheRecord.nextQuote', 'onTheRecord.previousQuote', 'onTheRecord.toggleAnnotations']) {
      assert.ok(commands.includes(id), `${id} is registered`);
    }
  });
});
