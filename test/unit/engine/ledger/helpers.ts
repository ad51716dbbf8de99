import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { analyze } from '../../../../src/engine';
import type { Analysis, Entity, Quote } from '../../../../src/engine/types';

export const NEWSROOM = join(__dirname, '../../../fixtures/ledger/newsroom');

/** The fixture newsroom's articles, analysed, keyed by file name. */
export function analyseNewsroom(): Map<string, Analysis> {
  const analyses = new Map<string, Analysis>();
  for (const file of readdirSync(NEWSROOM).sort()) {
    const text = readFileSync(join(NEWSROOM, file), 'utf8');
    analyses.set(file, analyze(text, { language: file.endsWith('.md') ? 'markdown' : 'plaintext' }));
  }
  return analyses;
}

export function person(id: string, name: string, role: string | null = null): Entity {
  return { id, name, type: 'person', role, aliases: [], mentions: [] };
}

/** A quote whose speaker is `entityId`'s entity (`speaker` as the analysis names it), or an unnamed phrase. */
export function quote(text: string, speaker: string | null, entityId: string | null, kind: Quote['kind'] = 'direct', at = 0): Quote {
  return {
    start: at, end: at + text.length, text, kind, usage: 'speech', outer: { start: at, end: at + text.length }, line: 1, depth: 0, multiParagraph: false,
    attribution: { speaker, entityId, speakerSpan: null, cue: 'said', cueSpan: null, confidence: speaker ? 0.9 : 0, rule: 'test' },
  };
}

export function article(quotes: Quote[], entities: Entity[]): Analysis {
  return { quotes, entities, problems: [], analyzedLength: 0, textLength: 0 };
}
