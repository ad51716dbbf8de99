/** Messages between the extension and the source-check worker. */
import type { QuoteToCheck, SourceCheckResult } from '../engine/sourceCheck';

export interface SourceCheckRequest {
  id: number;
  quotes: QuoteToCheck[];
  sources: { name: string; text: string }[];
}

export type SourceCheckResponse = { id: number; ok: true; result: SourceCheckResult } | { id: number; ok: false; message: string };
