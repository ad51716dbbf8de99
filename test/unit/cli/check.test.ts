import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCheckArgs } from '../../../src/cli/checkArgs';
import { emptyReview, serializeReview } from '../../../src/engine/review';
import { run } from '../../../src/cli/run';

const FIXTURES = join(__dirname, '../../fixtures/sourceCheck');
const ARTICLE = join(FIXTURES, 'article.txt');
const TOWN_HALL = join(FIXTURES, 'town-hall.txt');

async function runCli(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, { stdout: (text) => void (stdout += text), stderr: (text) => void (stderr += text) });
  return { code, stdout, stderr };
}
const parseArgs = (argv: string[]): ReturnType<typeof parseCheckArgs> => parseCheckArgs(argv.slice(1));

describe('CLI check: arguments', () => {
  it('takes one article and the sources after --source, in any order', () => {
    assert.deepEqual(parseArgs(['check', 'a.md', '--source', 's1.txt', 's2.srt', '--format', 'json']), {
      kind: 'check',
      options: { article: 'a.md', sources: ['s1.txt', 's2.srt'], format: 'json' },
    });
    assert.deepEqual(parseArgs(['check', '--source=s.vtt', '-f', 'csv', '--', 'a.txt']), {
      kind: 'check',
      options: { article: 'a.txt', sources: ['s.vtt'], format: 'csv' },
    });
  });

  it('explains what is missing or wrong', () => {
    const message = (argv: string[]): string => {
      const command = parseArgs(argv);
      return command.kind === 'usage-error' ? command.message : command.kind;
    };
    assert.equal(message(['check', '--source', 's.txt']), 'check needs an article to check');
    assert.deepEqual(parseArgs(['check', 'a.txt']), { kind: 'check', options: { article: 'a.txt', sources: [], format: 'markdown' } }, 'the review file may name them');
    assert.equal(message(['check', 'a.txt', 'b.txt', '--source', 's.txt']), 'check takes one article, not 2 (sources follow --source)');
    assert.equal(message(['check', 'a.txt', '--source']), '--source needs a file name');
    assert.equal(message(['check', 'a.txt', '--source', 's.txt', '--format', 'xml']), "--format needs one of markdown, json, csv, not 'xml'");
    assert.equal(message(['check', 'a.txt', '--max', '3']), "unknown option '--max' for check");
    assert.equal(message(['check', '--help']), 'check-help');
  });
});

describe('CLI check: running', () => {
  let folder: string;
  before(() => (folder = mkdtempSync(join(tmpdir(), 'otr-check-'))));
  after(() => rmSync(folder, { recursive: true, force: true }));
  const file = (name: string, content: string | Buffer): string => {
    const path = join(folder, name);
    writeFileSync(path, content);
    return path;
  };

  it('prints the worksheet and exits 1 when a quote is altered, has another speaker or is not found', async () => {
    const result = await runCli(['check', ARTICLE, '--source', TOWN_HALL]);
    assert.equal(result.code, 1);
    assert.equal(result.stderr, '');
    assert.match(result.stdout, /^# Source check: .*article\.txt\n/);
    assert.match(result.stdout, /7 quotes: 4 match, 1 altered, 1 speaker differs, 1 not found/);
    assert.match(result.stdout, /## 4\. altered \(negation\), line 7\n[\s\S]*- dropped “not” \(negation\)/);
    assert.match(result.stdout, /The source gives these words to COUNCILMAN DELGADO\./);
  });

  it('exits 0 when every quote matches', async () => {
    const article = file('fine.txt', '"Our buses are older than most of the kids who ride them," Mayor Diana Okafor said.\n');
    const result = await runCli(['check', article, '--source', TOWN_HALL]);
    assert.equal(result.code, 0);
    assert.match(result.stdout, /1 quote: 1 match, 0 altered/);
  });

  it('prints one JSON document with each quote, its passage and differences', async () => {
    const result = await runCli(['check', ARTICLE, '--source', TOWN_HALL, '--format', 'json']);
    const document = JSON.parse(result.stdout);
    assert.equal(document.version, 1);
    assert.deepEqual(document.counts, { matches: 4, altered: 1, 'speaker-differs': 1, 'not-found': 1 });
    const altered = document.quotes.find((q: { status: string }) => q.status === 'altered');
    assert.deepEqual(altered.differences, [{ kind: 'dropped', quoteWords: '', sourceWords: 'not', serious: ['negation'], line: 7 }]);
    assert.deepEqual([altered.passages[0].line, altered.passages[0].speaker], [16, 'COUNCILMAN DELGADO']);
    assert.equal(document.quotes[0].passages[0].time, '0:41');
  });

  it('writes CSV, one row per quote', async () => {
    const result = await runCli(['check', ARTICLE, '--source', TOWN_HALL, '-f', 'csv']);
    const rows = result.stdout.trimEnd().split('\r\n');
    assert.equal(rows[0], 'file,line,quote,speaker,result,serious,differences,allowed_edits,source,source_line,time,source_speaker,source_passage');
    assert.equal(rows.length, 8);
    assert.match(rows[4], /,altered,negation,dropped “not” \(negation\),/);
  });

  it('reads captions and reports their broken timestamps as warnings', async () => {
    const captions = file('talk.srt', '1\n00:00:01,000 --> 00:00:0X,000\nMAYOR OKAFOR: Our buses are older than most of the kids who ride them.\n');
    const result = await runCli(['check', ARTICLE, '--source', captions]);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /talk\.srt:2: warning: broken timestamp: '00:00:0X,000'/);
    assert.match(result.stdout, /## 1\. matches/);
  });

  it('exits 2 with a message for a missing, binary or empty source, or a missing article', async () => {
    const missing = await runCli(['check', ARTICLE, '--source', join(folder, 'nope.txt')]);
    assert.deepEqual([missing.code, missing.stdout], [2, '']);
    assert.match(missing.stderr, /nope\.txt: error: no such file/);
    const binary = await runCli(['check', ARTICLE, '--source', file('audio.txt', Buffer.from([0x49, 0x44, 0x33, 0, 1, 2, 0, 0]))]);
    assert.equal(binary.code, 2);
    assert.match(binary.stderr, /audio\.txt: error: binary file/);
    const empty = await runCli(['check', ARTICLE, '--source', file('empty.vtt', '')]);
    assert.equal(empty.code, 2);
    assert.match(empty.stderr, /empty\.vtt:1: warning: the source is empty\n[\s\S]*no words in any source given/);
    const noArticle = await runCli(['check', join(folder, 'gone.txt'), '--source', TOWN_HALL]);
    assert.equal(noArticle.code, 2);
    assert.match(noArticle.stderr, /gone\.txt: error: no such file/);
  });

  it('shows its own help', async () => {
    const result = await runCli(['check', '--help']);
    assert.equal(result.code, 0);
    assert.match(result.stdout, /^Usage: on-the-record check ARTICLE \[--source FILE\.\.\.\]/);
  });

  it('without --source, checks against the sources the review file remembers (relative to the article)', async () => {
    const article = file('remembered.txt', readFileSync(ARTICLE, 'utf8'));
    mkdirSync(join(folder, 'transcripts'), { recursive: true });
    writeFileSync(join(folder, 'transcripts', 'town-hall.txt'), readFileSync(TOWN_HALL, 'utf8'));
    const review = { ...emptyReview('remembered.txt', 'f'), sources: ['transcripts/town-hall.txt'] };
    writeFileSync(article + '.review.json', serializeReview(review));
    const remembered = await runCli(['check', article, '--format', 'json']);
    const given = await runCli(['check', article, '--source', join(folder, 'transcripts', 'town-hall.txt'), '--format', 'json']);
    assert.equal(remembered.code, 1);
    assert.equal(remembered.stderr, '');
    const statuses = (out: string): string[] => JSON.parse(out).quotes.map((q: { status: string }) => q.status);
    assert.deepEqual(statuses(remembered.stdout), statuses(given.stdout));
    assert.deepEqual(statuses(remembered.stdout), ['matches', 'matches', 'matches', 'altered', 'matches', 'speaker-differs', 'not-found']);
  });

  it('without --source and nothing remembered, or an untrustworthy review file, exits 2 saying why', async () => {
    const bare = file('bare.txt', readFileSync(ARTICLE, 'utf8'));
    const none = await runCli(['check', bare]);
    assert.deepEqual([none.code, none.stdout], [2, '']);
    assert.match(none.stderr, /check needs at least one --source FILE \(.*bare\.txt\.review\.json remembers no sources/);
    writeFileSync(bare + '.review.json', '{"kind": "on-the-record-review", "version": 99}');
    const newer = await runCli(['check', bare]);
    assert.equal(newer.code, 2);
    assert.match(newer.stderr, /bare\.txt\.review\.json: error: cannot use it for the sources: it was written by a newer On the Record/);
  });
});
