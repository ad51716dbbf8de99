import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Ledger } from '../../src/engine/ledger';
import { activateExtension, eventually, repoRoot } from './helpers';

const fixtures = path.join(repoRoot, 'test/fixtures/ledger/newsroom');
const workspace = process.env.ON_THE_RECORD_TEST_WORKSPACE ?? vscode.workspace.workspaceFolders![0].uri.fsPath;
const newsroom = path.join(workspace, 'newsroom');

const write = (relative: string, text: string): void => {
  fs.mkdirSync(path.dirname(path.join(newsroom, relative)), { recursive: true });
  fs.writeFileSync(path.join(newsroom, relative), text);
};
const filesOf = (ledger: Ledger, name: string): string[] => ledger.people.find((p) => p.name === name)?.files.map((f) => f.file) ?? [];
/** Every file the ledger holds a quote or a name from. */
const allFiles = (ledger: Ledger): string[] => [
  ...ledger.people.flatMap((p) => p.files.map((f) => f.file)),
  ...ledger.unnamed.map((f) => f.file), ...ledger.unattributed.map((f) => f.file), ...ledger.namedNotQuoted.flatMap((p) => p.files),
];
const EXCLUDED = 'Zed Quill said the plan was "a fine piece of work, all things considered."\n';

describe('Quotes in Workspace', () => {
  let ledgerApi: NonNullable<Awaited<ReturnType<typeof activateExtension>>['ledger']>;
  before(async () => {
    fs.rmSync(newsroom, { recursive: true, force: true });
    for (const file of fs.readdirSync(fixtures)) write(file, fs.readFileSync(path.join(fixtures, file), 'utf8'));
    write('.gitignore', 'drafts/\n');
    write('drafts/draft.txt', EXCLUDED);
    write('wire/copy.txt', EXCLUDED);
    write('old/archived.txt', EXCLUDED);
    await vscode.workspace.getConfiguration('search').update('exclude', { '**/wire': true }, vscode.ConfigurationTarget.Workspace);
    await vscode.workspace.getConfiguration('files').update('exclude', { '**/old': true }, vscode.ConfigurationTarget.Workspace);
    const api = await activateExtension();
    assert.ok(api.ledger, 'the extension offers the ledger');
    ledgerApi = api.ledger;
  });
  after(async () => {
    await vscode.workspace.getConfiguration('search').update('exclude', undefined, vscode.ConfigurationTarget.Workspace);
    await vscode.workspace.getConfiguration('files').update('exclude', undefined, vscode.ConfigurationTarget.Workspace);
    fs.rmSync(newsroom, { recursive: true, force: true });
  });

  it('indexes the articles by person across files, leaving out what is excluded or ignored', async () => {
    const ledger = await vscode.commands.executeCommand<Ledger | undefined>('onTheRecord.indexWorkspace');
    assert.ok(ledger, 'the command returns the ledger');
    assert.deepEqual(filesOf(ledger, 'Dana Whitfield'), ['newsroom/bridge-followup.md', 'newsroom/council-vote.txt']);
    assert.deepEqual(filesOf(ledger, 'Omar Hale'), ['newsroom/council-vote.txt', 'newsroom/school-budget.txt']);
    assert.equal(ledger.people.find((p) => p.name === 'Dana Whitfield')!.nearDuplicates.length, 1);
    assert.ok(ledger.namedNotQuoted.some((p) => p.name === 'Janet Oduya'));
    const files = allFiles(ledger);
    for (const excluded of ['drafts/', 'wire/', 'old/']) assert.ok(!files.some((f) => f.includes(excluded)), `${excluded} in ${files.join(', ')}`);
    assert.ok(!ledger.people.some((p) => p.name === 'Zed Quill'));
  });

  it('takes in an added article', async () => {
    write('board-follow-up.txt', '"The budget will be ready by March," said board chair Lena Marsh.\n');
    await eventually(async () => {
      assert.deepEqual(filesOf((await ledgerApi.current())!, 'Lena Marsh'), ['newsroom/board-follow-up.txt', 'newsroom/school-budget.txt']);
    }, 20_000);
  });

  it('reads a changed article again', async () => {
    write('school-budget.txt', '"We need another month to get the numbers right," said board chair Lena Marsh.\n');
    await eventually(async () => {
      assert.deepEqual(filesOf((await ledgerApi.current())!, 'Omar Hale'), ['newsroom/council-vote.txt']);
    }, 20_000);
  });

  it('drops a deleted article', async () => {
    fs.rmSync(path.join(newsroom, 'bridge-followup.md'));
    await eventually(async () => {
      const ledger = (await ledgerApi.current())!;
      assert.deepEqual(filesOf(ledger, 'Dana Whitfield'), ['newsroom/council-vote.txt']);
      assert.equal(ledger.people.find((p) => p.name === 'Dana Whitfield')!.nearDuplicates.length, 0);
      assert.ok(!ledger.namedNotQuoted.some((p) => p.name === 'Janet Oduya'));
    }, 20_000);
  });

  it('leaves out an article added where .gitignore or search.exclude excludes it', async () => {
    write('drafts/second.txt', EXCLUDED);
    write('wire/second.txt', EXCLUDED);
    write('late.txt', '"We open on Friday," said Mayor Dana Whitfield.\n');
    await eventually(async () => {
      const ledger = (await ledgerApi.current())!;
      assert.ok(filesOf(ledger, 'Dana Whitfield').includes('newsroom/late.txt'), 'a change after the excluded ones was taken in');
      assert.ok(!ledger.people.some((p) => p.name === 'Zed Quill'));
      assert.ok(!allFiles(ledger).some((f) => /drafts|wire/.test(f)));
    }, 20_000);
  });
});
