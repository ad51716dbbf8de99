import type { Span, Quote } from './types';
import type { DocumentLayout, SieveResult } from './attribution';

export type ReportedSpeech = Omit<Quote, 'text' | 'line'>;

export function detectReportedSpeech(layout: DocumentLayout, quotations: Span[], events: SieveResult['speechEvents']): ReportedSpeech[] {
  void layout; void quotations; void events;
  return [];
}
