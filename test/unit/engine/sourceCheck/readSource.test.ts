import * as assert from 'node:assert/strict';
import { readSource, sourceFormatOf } from '../../../../src/engine/sourceCheck';
import type { ParsedSource } from '../../../../src/engine/sourceCheck';
import { normalWords } from '../../../../src/engine/sourceCheck/words';

/** Each passage as "SPEAKER@startMs: words" (its spoken words only). */
const passages = (source: ParsedSource): string[] =>
  source.passages.map((p) => `${p.speaker ?? '?'}@${p.startMs ?? '-'}: ${source.words.slice(p.start, p.end).replace(/\s+/g, ' ')}`);

describe('source check: reading SubRip captions', () => {
  const srt = [
    '1', '00:00:01,000 --> 00:00:04,200', 'REPORTER: Thank you', 'for joining us.', '',
    '2', '00:00:04,400 --> 00:00:09,800', 'DR. LINDQVIST: Thank you.', '<i>The results surprised us.</i>', '',
    '3', '00:00:10,000 --> 00:00:15,500', 'We tested two hundred homes.', '',
    '4', '00:00:15,700 --> 00:00:21,000', '- REPORTER: Is it safe?', '- Not yet.', '',
  ].join('\n');

  it('reads cues with times, speaker prefixes, and a speaker kept until the next one is named', () => {
    const source = readSource('interview.srt', srt);
    assert.deepEqual(passages(source), [
      'REPORTER@1000: Thank you for joining us.',
      'DR. LINDQVIST@4400: Thank you. The results surprised us.',
      'DR. LINDQVIST@10000: We tested two hundred homes.',
      'REPORTER@15700: Is it safe?',
      '?@15700: Not yet.',
    ]);
    assert.deepEqual(source.problems, []);
  });

  it('keeps the words of a cue whose timestamp is broken, and says which line it is on', () => {
    const broken = srt.replace('00:00:10,000 --> 00:00:15,500', '00:00:1O,000 --> 00:00:15,500').replace('00:00:15,700 --> 00:00:21,000', 'garbage');
    const source = readSource('interview.srt', broken);
    assert.equal(passages(source)[2], 'DR. LINDQVIST@-: We tested two hundred homes.');
    assert.deepEqual(source.problems.map((p) => p.line), [12, 15]);
    assert.match(source.problems[0].message, /broken timestamp: '00:00:1O,000' is not a time/);
    assert.match(source.problems[1].message, /a cue without a timing line/);
  });

  it('reports times out of order and a cue ending before it starts', () => {
    const source = readSource('x.srt', '1\n00:00:05,000 --> 00:00:04,000\nHello there.\n\n2\n00:00:01,000 --> 00:00:02,000\nAgain.\n');
    assert.deepEqual(source.problems.map((p) => [p.line, p.message]), [
      [2, 'this cue ends before it starts'],
      [6, 'this cue starts before the one above it (times out of order)'],
    ]);
  });

  it('tells Windows line ends, a BOM and seconds with a dot apart from nothing', () => {
    const source = readSource('x.srt', '\uFEFF1\r\n00:00:01.500 --> 00:00:02,000\r\nSAM: Hi.\r\n');
    assert.deepEqual(passages(source), ['SAM@1500: Hi.']);
  });
});

describe('source check: reading WebVTT captions', () => {
  const vtt = [
    'WEBVTT', 'Kind: captions', '', 'NOTE recorded live', '',
    'intro', '00:00.500 --> 00:06.000', '<v Hana Sato>Good morning. <00:00:03.000>I will be brief.', '',
    '00:06.200 --> 00:12.800', '<v.loud Reporter>Will schools close?</v> <v Hana Sato>No.', '',
    '00:13.000 --> 00:19.500', 'None will.', '',
    'STYLE', '::cue { color: red }', '',
  ].join('\n');

  it('reads voices (also several in one cue), skips notes and styles, and keeps inline times per word', () => {
    const source = readSource('briefing.vtt', vtt);
    assert.deepEqual(passages(source), [
      'Hana Sato@500: Good morning. I will be brief.',
      'Reporter@6200: Will schools close?',
      'Hana Sato@6200: No.',
      'Hana Sato@13000: None will.',
    ]);
    assert.deepEqual(source.timeMarks.map((m) => m.ms), [3000]);
    assert.deepEqual(source.problems, []);
  });

  it('says so when the header is missing and reads the cues anyway', () => {
    const source = readSource('x.vtt', '00:01.000 --> 00:02.000\nHello.\n');
    assert.deepEqual(passages(source), ['?@1000: Hello.']);
    assert.match(source.problems[0].message, /no WEBVTT header/);
  });

  it('reports minutes of 60 or more as a broken timestamp', () => {
    const source = readSource('x.vtt', 'WEBVTT\n\n00:61.000 --> 00:62.000\nHello.\n');
    assert.match(source.problems[0].message, /broken timestamp: '00:61.000' has minutes or seconds of 60 or more/);
    assert.deepEqual(passages(source), ['?@-: Hello.']);
  });
});

describe('source check: reading transcripts and releases', () => {
  it('reads NAME: turns, with times, continuing a turn over paragraphs', () => {
    const text = 'Transcript\n\n[00:00:12] MODERATOR: Good evening.\n\n[00:00:41] MAYOR OKAFOR: Thank you.\n\nSecond paragraph.\n';
    const source = readSource('t.txt', text);
    assert.deepEqual(passages(source), ['?@-: Transcript', 'MODERATOR@12000: Good evening.', 'MAYOR OKAFOR@41000: Thank you.', 'MAYOR OKAFOR@-: Second paragraph.']);
  });

  it('takes a Title Case prefix for a speaker only when it opens several lines', () => {
    const text = 'Update: the vote moved.\n\nMike Pompeo: We spoke.\nSergey Lavrov: We did.\nMike Pompeo: Twice.\n';
    assert.deepEqual(passages(readSource('t.txt', text)), ['?@-: Update: the vote moved.', 'Mike Pompeo@-: We spoke.', 'Sergey Lavrov@-: We did.', 'Mike Pompeo@-: Twice.']);
  });

  it('reads bold Markdown turns and leaves link targets out', () => {
    const text = '**SMITH:** See [the plan](https://example.invalid/plan).\n';
    const [passage] = readSource('t.md', text).passages;
    assert.equal(passage.speaker, 'SMITH');
    assert.deepEqual(normalWords(readSource('t.md', text).words, passage.start, passage.end).map((w) => w.norm), ['see', 'the', 'plan']);
  });

  it('reports a broken time at the start of a line', () => {
    const source = readSource('t.txt', '[00:7x:12] SMITH: Hello.\n');
    assert.match(source.problems[0].message, /broken timestamp/);
    assert.deepEqual(passages(source).map((p) => p.split(': ')[0]), ['SMITH@-']);
  });
});

describe('source check: sources that cannot be read well', () => {
  it('says an empty source is empty', () => {
    assert.deepEqual(readSource('e.txt', '  \n\n').problems.map((p) => p.message), ['the source is empty']);
  });

  it('reads nothing from binary data', () => {
    const source = readSource('b.txt', 'PK\u0003\u0004\u0000\u0000garbage');
    assert.deepEqual([source.passages.length, source.problems[0].message], [0, 'binary data, not text: nothing read']);
  });

  it('caps a huge source with a message', () => {
    const source = readSource('h.txt', 'word '.repeat(1000), undefined, 100);
    assert.match(source.problems[0].message, /only the first 100 of 5,000 characters were read/);
    assert.ok(source.passages.every((p) => p.end <= 100));
  });

  it('says when characters could not be decoded', () => {
    assert.match(readSource('l.txt', 'caf\uFFFD ol\uFFFD').problems[0].message, /another encoding/);
  });

  it('knows the format from the name or, for captions, from the first lines', () => {
    assert.deepEqual(
      [sourceFormatOf('a.srt', ''), sourceFormatOf('a.VTT', ''), sourceFormatOf('a.md', ''), sourceFormatOf('a.txt', 'WEBVTT\n'), sourceFormatOf('a', '1\n00:00:01,000 --> 00:00:02,000\n'), sourceFormatOf('a.txt', 'x')],
      ['srt', 'vtt', 'markdown', 'vtt', 'srt', 'text'],
    );
  });
});
