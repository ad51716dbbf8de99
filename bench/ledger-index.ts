/**
 * Indexing a workspace for the ledger: N generated articles (corpus paragraphs joined to about 5 KB each, every
 * line marked with its article's number so no paragraph repeats) written to a folder, then read and analysed
 * through the worker as the Quotes in Workspace view does (ledgerIndexer.ts on an AnalysisClient of its own),
 * and the ledger built from them. The main thread is watched meanwhile: it must stay free for the editor.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { buildLedger } from '../src/engine/ledger';
import { indexArticles } from '../src/extension/ledgerIndexer';
import { AnalysisClient } from '../src/worker/client';
import { textVariant } from './corpus';
import { MainThreadProbe, type MainThreadBusy } from './main-thread-probe';

export interface LedgerIndexTiming {
  articles: number;
  megabytes: number;
  indexMs: number;
  /** Of which the ledger itself (grouping, matching people, near-duplicates) on the main thread. */
  ledgerMs: number;
  cpuMs: number;
  quotes: number;
  people: number;
  nearDuplicates: number;
  failed: number;
  /** While the articles were read and analysed (the ledger build after it is `ledgerMs`). */
  mainThread: MainThreadBusy;
}

/** Writes `count` articles of about `chars` characters each into a new folder; returns their paths. */
export function writeArticles(texts: string[], count: number, chars: number): { dir: string; files: string[]; bytes: number } {
  const dir = mkdtempSync(path.join(tmpdir(), 'otr-ledger-bench-'));
  const files: string[] = [];
  let bytes = 0;
  const paragraphs = texts.flatMap((t) => t.split(/\n\s*\n/)).map((p) => p.trim()).filter((p) => p.length > 0);
  let next = 0;
  for (let i = 0; i < count; i++) {
    const parts: string[] = [];
    let length = 0;
    while (length < chars) {
      const part = textVariant(paragraphs[next++ % paragraphs.length], i + 1);
      parts.push(part);
      length += part.length + 2;
    }
    const sub = path.join(dir, `desk-${i % 10}`);
    mkdirSync(sub, { recursive: true });
    const file = path.join(sub, `article-${i}.${i % 4 === 0 ? 'md' : 'txt'}`);
    const text = parts.join('\n\n');
    writeFileSync(file, text);
    files.push(file);
    bytes += Buffer.byteLength(text);
  }
  return { dir, files, bytes };
}

export async function measureLedgerIndexing(workerScript: string, texts: string[], count = 1000, chars = 5000): Promise<LedgerIndexTiming> {
  const { dir, files, bytes } = writeArticles(texts, count, chars);
  const client = new AnalysisClient(workerScript, { warmUp: false });
  const probe = new MainThreadProbe();
  try {
    const cpuAtStart = process.cpuUsage();
    const started = performance.now();
    probe.start();
    const run = await indexArticles(files, client, {
      readText: (file) => readFile(file, 'utf8'),
      options: (file) => ({ language: file.endsWith('.md') ? 'markdown' : 'plaintext', maxLength: 2048 * 1024 }),
    });
    const mainThread = probe.stop();
    // Built once at the end, on the main thread, as the view does: timed on its own.
    const ledgerStarted = performance.now();
    const ledger = buildLedger(run.analyses);
    const ended = performance.now();
    const cpu = process.cpuUsage(cpuAtStart);
    return {
      articles: run.analyses.size,
      megabytes: bytes / 1e6,
      indexMs: ended - started,
      ledgerMs: ended - ledgerStarted,
      cpuMs: (cpu.user + cpu.system) / 1000,
      quotes: ledger.quoteCount,
      people: ledger.people.length,
      nearDuplicates: ledger.people.reduce((n, p) => n + p.nearDuplicates.length, 0),
      failed: run.failed.size,
      mainThread,
    };
  } finally {
    client.dispose();
    rmSync(dir, { recursive: true, force: true });
  }
}
