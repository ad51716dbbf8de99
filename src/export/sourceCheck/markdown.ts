import { escapeMarkdownInline, toMarkdownBlockquote } from '../markdownEscape';
import { describeAllowedEdit, describeDifference, STATUS_LABELS, type SourceCheckRecord } from './records';

/** The worksheet: a summary, then each quote with its result, its source passage and the differences. */
export function sourceCheckMarkdown(record: SourceCheckRecord): string {
  const out: string[] = [`# Source check: ${escapeMarkdownInline(record.file)}`, ''];
  out.push(`Sources: ${record.sources.map((s) => `${escapeMarkdownInline(s.file)} (${s.format}, ${s.passages} passage${s.passages === 1 ? '' : 's'})`).join('; ')}`);
  const c = record.counts;
  out.push('', `${record.quotes.length} quote${record.quotes.length === 1 ? '' : 's'}: ${c.matches} match, ${c.altered} altered, ${c['speaker-differs']} speaker differs, ${c['not-found']} not found`);
  record.quotes.forEach((quote, i) => {
    out.push('', `## ${i + 1}. ${STATUS_LABELS[quote.status]}${quote.serious.length ? ` (${quote.serious.join(', ')})` : ''}, line ${quote.line}`, '');
    out.push(toMarkdownBlockquote(`“${quote.text}”${quote.speaker ? ` — ${quote.speaker}` : ''}`));
    if (quote.sourceSpeaker) out.push('', `The source gives these words to ${escapeMarkdownInline(quote.sourceSpeaker)}.`);
    for (const p of quote.passages) {
      const where = [`line ${p.line}`, p.time, p.speaker].filter(Boolean).join(', ');
      out.push('', `Source: ${escapeMarkdownInline(p.source)}, ${escapeMarkdownInline(where)}`, '', toMarkdownBlockquote(p.text));
    }
    if (quote.status === 'not-found') out.push('', 'No passage in the sources holds these words.');
    if (quote.differences.length) out.push('', ...quote.differences.map((d) => `- ${escapeMarkdownInline(describeDifference(d))}`));
    if (quote.allowedEdits.length) out.push('', ...quote.allowedEdits.map((e) => `- allowed: ${escapeMarkdownInline(describeAllowedEdit(e))}`));
  });
  return out.join('\n') + '\n';
}
