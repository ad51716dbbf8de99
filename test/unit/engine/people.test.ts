import * as assert from 'assert';
import { readFileSync } from 'fs';
import * as path from 'path';
import { analyze } from '../../../src/engine/analyze';
import { createSession } from '../../../src/engine/reuse/session';
import { firstFullMention, namePartOf, namingMentions } from '../../../src/engine/people/mentions';
import { renameEdits, renameRefusal } from '../../../src/engine/people/rename';
import type { Replacement } from '../../../src/engine/types';
import { entityNamed } from '../../fixtures/engine/helpers';

const TEXT = readFileSync(path.resolve(__dirname, '../../fixtures/people/rename.txt'), 'utf8');

function applied(text: string, edits: Replacement[]): string {
  for (const e of [...edits].sort((a, b) => b.start - a.start)) text = text.slice(0, e.start) + e.text + text.slice(e.end);
  return text;
}

describe('engine: people', () => {
  const a = analyze(TEXT, {}, createSession());
  const solvang = entityNamed(a, 'Ingrid Solvang');

  it('lists every mention, resolved pronouns and role nouns included, and those that name the entity', () => {
    assert.deepStrictEqual(
      solvang.mentions.map((m) => `${m.kind}:${m.text}`),
      ['title:board chair Ingrid Solvang', 'surname:Solvang', 'pronoun:She', 'surname:Solvang', 'role:The chair', 'name:Ingrid Solvang'],
    );
    assert.deepStrictEqual(namingMentions(solvang).map((m) => m.kind), ['title', 'surname', 'surname', 'name']);
  });

  it('finds the name inside a title form, and the first full mention', () => {
    const title = solvang.mentions[0];
    const part = namePartOf(title, solvang);
    assert.strictEqual(TEXT.slice(part.start, part.end), 'Ingrid Solvang');
    assert.strictEqual(firstFullMention(solvang), title);
  });

  it('renames every mention that names the entity, and leaves pronouns and descriptions alone', () => {
    const result = renameEdits(solvang, 'Ingrid Solberg', TEXT);
    assert.ok('edits' in result);
    // The full name keeps its title; surnames (the possessive too) get the new surname.
    assert.deepStrictEqual(result.edits.map((e) => [TEXT.slice(e.start, e.end), e.text]), [
      ['Ingrid Solvang', 'Ingrid Solberg'],
      ['Solvang', 'Solberg'],
      ['Solvang', 'Solberg'],
      ['Ingrid Solvang', 'Ingrid Solberg'],
    ]);
    const renamed = applied(TEXT, result.edits);
    assert.ok(renamed.startsWith('Harbour board chair Ingrid Solberg opened'));
    assert.ok(renamed.includes('Solberg told reporters. She added that Solberg\'s team'));
    assert.ok(renamed.includes('The chair thanked') && renamed.includes('Ingrid Solberg then left'));
  });

  it('gives a first name the new first name and a new full name everywhere it is written whole', () => {
    const text = 'Ingrid Solvang, the chair, spoke first. Ingrid laughed. "Enough," Solvang said.';
    const entity = entityNamed(analyze(text, {}, createSession()), 'Ingrid Solvang');
    const result = renameEdits(entity, 'Inga Marie Solberg', text);
    assert.ok('edits' in result);
    const renamed = applied(text, result.edits);
    assert.ok(renamed.startsWith('Inga Marie Solberg, the chair'), renamed);
    assert.ok(renamed.includes('"Enough," Solberg said.'), renamed);
  });

  it('refuses pronouns, descriptions and names that would break the text', () => {
    const pronoun = solvang.mentions.find((m) => m.kind === 'pronoun')!;
    assert.match(renameRefusal(pronoun) ?? '', /pronoun/);
    assert.match(renameRefusal(solvang.mentions.find((m) => m.kind === 'role')!) ?? '', /without naming/);
    assert.strictEqual(renameRefusal(solvang.mentions[1]), null);
    assert.ok('refused' in renameEdits(solvang, '  ', TEXT));
    assert.ok('refused' in renameEdits(solvang, 'Ingrid "Inga" Solberg', TEXT));
    assert.ok('refused' in renameEdits(solvang, 'Ingrid\nSolberg', TEXT));
  });
});
