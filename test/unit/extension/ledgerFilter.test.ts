import * as assert from 'assert';
import { ArticleFilter, articleLanguage } from '../../../src/extension/ledgerFilter';

describe('ledger article filter', () => {
  it('reads only plain text and Markdown articles, never inside .git', () => {
    const filter = new ArticleFilter();
    assert.deepStrictEqual(['a.txt', 'notes/b.md', 'c.markdown', 'd.json', 'e.txt.bak', '.git/f.txt'].map((p) => filter.includes(p)), [true, true, true, false, false, false]);
    assert.strictEqual(articleLanguage('x/y.MD'), 'markdown');
    assert.strictEqual(articleLanguage('x/y.txt'), 'plaintext');
  });

  it('applies each .gitignore below its own folder', () => {
    const filter = new ArticleFilter();
    filter.setGitignore('', 'drafts/\n*.tmp.txt\n');
    filter.setGitignore('archive/', '/old.txt\n');
    assert.strictEqual(filter.includes('drafts/a.txt'), false);
    assert.strictEqual(filter.includes('deep/drafts/a.txt'), false);
    assert.strictEqual(filter.includes('x.tmp.txt'), false);
    assert.strictEqual(filter.includes('archive/old.txt'), false);
    assert.strictEqual(filter.includes('old.txt'), true, 'the archive folder\'s rule is not the root\'s');
    assert.strictEqual(filter.includes('archive/sub/old.txt'), true, 'a leading slash anchors to the .gitignore\'s folder');
    filter.setGitignore('', undefined);
    assert.strictEqual(filter.includes('drafts/a.txt'), true, 'a deleted .gitignore no longer applies');
  });

  it('honours the search.exclude globs that are on', () => {
    const filter = new ArticleFilter();
    filter.setSearchExclude({ '**/wire': true, 'embargoed/**': true, 'kept/**': false, '**/*.draft.md': { when: '$(basename).md' } });
    assert.strictEqual(filter.includes('feeds/wire/a.txt'), false);
    assert.strictEqual(filter.includes('embargoed/b.txt'), false);
    assert.strictEqual(filter.includes('kept/c.txt'), true);
    assert.strictEqual(filter.includes('x.draft.md'), false);
    assert.strictEqual(filter.includes('story.md'), true);
  });
});
