import { readFileSync } from 'node:fs';
import { analyze } from '../src/engine/analyze';
const [idPart, from, to] = process.argv.slice(2);
const art = readFileSync('../shared/corpus/polnear-dev.jsonl', 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)).find((a) => a.id.includes(idPart));
const a = analyze(art.text);
for (const q of a.quotes) {
  if (from && (q.start < +from || q.start > +to)) continue;
  console.log(q.start, q.kind, q.depth, JSON.stringify(q.text.slice(0, 40)), '->', q.attribution.speaker, '|', q.attribution.cue, q.attribution.confidence, q.attribution.rule);
}
if (process.argv.includes('--entities')) for (const e of a.entities) console.log(e.type, e.name, '|', e.role, '|', e.aliases.join(', '));
