import * as assert from 'node:assert/strict';
import { statusText } from '../../../src/extension/statusText';
import { makeAnalysis } from './fixture';

describe('status bar text', () => {
  it('counts quotes and speakers', () => {
    const status = statusText(makeAnalysis(), { showReportedSpeech: true }, false);
    assert.equal(status.text, '$(quote) 7 quotes · 2 speakers');
    assert.equal(status.warning, false);
  });

  it('spins while an update is pending and uses the singular', () => {
    const analysis = { ...makeAnalysis(), quotes: makeAnalysis().quotes.slice(0, 1) };
    assert.equal(statusText(analysis, { showReportedSpeech: true }, true).text, '$(sync~spin) 1 quote · 1 speaker');
  });

  it('says when the document was truncated or has unbalanced marks', () => {
    const analysis = {
      ...makeAnalysis(),
      analyzedLength: 2048,
      textLength: 8192,
      problems: [
        { kind: 'truncated' as const, start: 2048, end: 8192, message: 'Only the first 2048 characters were analysed.' },
        { kind: 'unbalanced-quote' as const, start: 10, end: 11, message: 'Unbalanced quotation mark on line 1.' },
      ],
    };
    const status = statusText(analysis, { showReportedSpeech: true }, false);
    assert.equal(status.text, '$(quote) 7 quotes · 2 speakers $(warning) first 25% only $(warning) 1 unbalanced mark');
    assert.equal(status.warning, true);
    assert.match(status.tooltip, /Only the first 2048 characters/);
    assert.match(status.tooltip, /Unbalanced quotation mark on line 1/);
  });
});
