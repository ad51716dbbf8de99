/**
 * The review file: what a person decided about an article's quotes, kept beside it as small, readable JSON.
 * Each decision is anchored by the quoted words and a little context (see anchor.ts), never by offsets
 * alone, so it survives edits elsewhere in the article.
 */

/** Version of the review file format; a file with a higher one is from a newer On the Record. */
export const REVIEW_FORMAT_VERSION = 1;
export const REVIEW_KIND = 'on-the-record-review';

export type ReviewStatus = 'unchecked' | 'verified' | 'disputed';
export const REVIEW_STATUSES: readonly ReviewStatus[] = ['unchecked', 'verified', 'disputed'];

/** Where a decision belongs: the quoted words, the text around the quotation marks, and where it was. */
export interface Anchor {
  /** The words inside the marks when the decision was recorded. */
  quote: string;
  /** Up to ANCHOR_CONTEXT characters before the opening mark and after the closing one. */
  before: string;
  after: string;
  /** Where the words started then: only a tie-breaker between equally good places. */
  at: number;
}

/** A speaker a person chose: an entity of the article (by id, with its name then), a typed name, or nobody (null). */
export type SpeakerChoice = { entityId: string | null; name: string | null } | null;

export interface QuoteDecision {
  anchor: Anchor;
  /** Absent: the engine decides. */
  speaker?: SpeakerChoice;
  /** A scare quote or a title, not words someone said. */
  notQuotation?: boolean;
  status?: ReviewStatus;
  note?: string;
  /** Where it was checked: free text or a link. */
  source?: string;
  /** The words as they were when the status was set: a verified quote whose words changed is unchecked again. */
  checkedWords?: string;
  /** ISO time of the last change. */
  decided?: string;
}

/** Where a mention of a name is: its words and a little text around them, anchored like a quotation. */
export interface MentionAnchor {
  mention: string;
  before: string;
  after: string;
  /** Where the words started then: only a tie-breaker between equally good places. */
  at: number;
}

/**
 * A decision about a name, kept by the entity's name (its id comes from its name, so both survive edits):
 * it is no person or organization at all (`notAPerson`), the same one as the entity named `sameAs`, or one
 * of its mentions names someone else (`split`: that mention, and what resolves through it, is its own entity).
 */
export interface EntityDecision {
  name: string;
  notAPerson?: boolean;
  sameAs?: string;
  split?: MentionAnchor;
  decided?: string;
}

export interface ReviewFile {
  kind: typeof REVIEW_KIND;
  version: number;
  /** The article when the file was last written: its name and a fingerprint of its text (see fingerprint.ts). */
  article: { name: string; fingerprint: string };
  decisions: QuoteDecision[];
  /** Absent in a file without decisions about names. */
  entities?: EntityDecision[];
}

export type ParsedReview = { ok: true; review: ReviewFile } | { ok: false; message: string };

export function emptyReview(name: string, fingerprint: string): ReviewFile {
  return { kind: REVIEW_KIND, version: REVIEW_FORMAT_VERSION, article: { name, fingerprint }, decisions: [] };
}

/** Reads a review file's text; anything it cannot trust is a message, never an exception. */
export function parseReview(json: string): ParsedReview {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    return { ok: false, message: `it is not valid JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  if (!isObject(data) || data.kind !== REVIEW_KIND) return { ok: false, message: `it is not an On the Record review file (no "kind": "${REVIEW_KIND}")` };
  if (typeof data.version !== 'number' || !Number.isInteger(data.version) || data.version < 1) return { ok: false, message: 'its "version" is not a positive whole number' };
  if (data.version > REVIEW_FORMAT_VERSION)
    return { ok: false, message: `it was written by a newer On the Record (format version ${data.version}; this one reads up to ${REVIEW_FORMAT_VERSION})` };
  const article = data.article;
  if (!isObject(article) || typeof article.name !== 'string' || typeof article.fingerprint !== 'string')
    return { ok: false, message: 'its "article" needs a "name" and a "fingerprint"' };
  if (!Array.isArray(data.decisions)) return { ok: false, message: 'its "decisions" is not a list' };
  const decisions: QuoteDecision[] = [];
  for (let i = 0; i < data.decisions.length; i++) {
    const decision = parseDecision(data.decisions[i]);
    if (typeof decision === 'string') return { ok: false, message: `decision ${i + 1}: ${decision}` };
    decisions.push(decision);
  }
  const review: ReviewFile = { kind: REVIEW_KIND, version: REVIEW_FORMAT_VERSION, article: { name: article.name, fingerprint: article.fingerprint }, decisions };
  if (data.entities !== undefined) {
    if (!Array.isArray(data.entities)) return { ok: false, message: 'its "entities" is not a list' };
    review.entities = [];
    for (let i = 0; i < data.entities.length; i++) {
      const decision = parseEntityDecision(data.entities[i]);
      if (typeof decision === 'string') return { ok: false, message: `name decision ${i + 1}: ${decision}` };
      review.entities.push(decision);
    }
  }
  return { ok: true, review };
}

function parseEntityDecision(value: unknown): EntityDecision | string {
  if (!isObject(value) || typeof value.name !== 'string' || !value.name) return 'needs the entity\'s "name"';
  if (!optional(value.notAPerson, 'boolean') || !optional(value.sameAs, 'string') || !optional(value.decided, 'string')) return 'has a field of the wrong type';
  const split = value.split;
  if (split !== undefined && (!isObject(split) || typeof split.mention !== 'string' || !split.mention || !optional(split.before, 'string') || !optional(split.after, 'string') || !optional(split.at, 'number')))
    return '"split" needs the mention\'s words in "mention" (and optionally "before", "after", "at")';
  if (Number(!!value.notAPerson) + Number(!!value.sameAs) + Number(split !== undefined) !== 1) return 'needs one of "notAPerson": true, "sameAs" or "split"';
  const decision: EntityDecision = { name: value.name };
  if (value.notAPerson) decision.notAPerson = true;
  if (typeof value.sameAs === 'string') decision.sameAs = value.sameAs;
  if (isObject(split))
    decision.split = { mention: split.mention as string, before: (split.before as string) ?? '', after: (split.after as string) ?? '', at: (split.at as number) ?? 0 };
  if (typeof value.decided === 'string') decision.decided = value.decided;
  return decision;
}

function parseDecision(value: unknown): QuoteDecision | string {
  if (!isObject(value)) return 'is not an object';
  const anchor = value.anchor;
  if (!isObject(anchor) || typeof anchor.quote !== 'string' || anchor.quote.length === 0) return 'its "anchor" needs the quoted words in "quote"';
  if (!optional(anchor.before, 'string') || !optional(anchor.after, 'string') || !optional(anchor.at, 'number')) return 'its "anchor" has a field of the wrong type';
  const decision: QuoteDecision = {
    anchor: { quote: anchor.quote, before: (anchor.before as string) ?? '', after: (anchor.after as string) ?? '', at: (anchor.at as number) ?? 0 },
  };
  if ('speaker' in value) {
    const speaker = value.speaker;
    if (speaker === null) decision.speaker = null;
    else if (isObject(speaker) && optional(speaker.entityId, 'string', true) && optional(speaker.name, 'string', true) && (speaker.entityId || speaker.name))
      decision.speaker = { entityId: (speaker.entityId as string | null) ?? null, name: (speaker.name as string | null) ?? null };
    else return '"speaker" must be null (nobody) or have an "entityId" or a "name"';
  }
  if (value.notQuotation !== undefined) {
    if (typeof value.notQuotation !== 'boolean') return '"notQuotation" must be true or false';
    if (value.notQuotation) decision.notQuotation = true;
  }
  if (value.status !== undefined) {
    if (!REVIEW_STATUSES.includes(value.status as ReviewStatus)) return `"status" must be one of ${REVIEW_STATUSES.join(', ')}`;
    decision.status = value.status as ReviewStatus;
  }
  for (const key of ['note', 'source', 'checkedWords', 'decided'] as const) {
    if (!optional(value[key], 'string')) return `"${key}" must be text`;
    if (typeof value[key] === 'string') decision[key] = value[key] as string;
  }
  return decision;
}

/** The file's text: two-space JSON with one decision's fields in a fixed order, so hand edits and diffs stay readable. */
export function serializeReview(review: ReviewFile): string {
  const decisions = review.decisions.map((d) => {
    const out: Record<string, unknown> = { anchor: { quote: d.anchor.quote, before: d.anchor.before, after: d.anchor.after, at: d.anchor.at } };
    if (d.speaker !== undefined) out.speaker = d.speaker;
    if (d.notQuotation) out.notQuotation = true;
    if (d.status && d.status !== 'unchecked') out.status = d.status;
    for (const key of ['note', 'source', 'checkedWords', 'decided'] as const) if (d[key]) out[key] = d[key];
    return out;
  });
  const entities = review.entities?.length ? { entities: review.entities } : {};
  return JSON.stringify({ kind: REVIEW_KIND, version: REVIEW_FORMAT_VERSION, article: review.article, decisions, ...entities }, null, 2) + '\n';
}

/** Whether the decision still says anything (a reset with no status, note or source says nothing). */
export function decidesAnything(d: QuoteDecision): boolean {
  return d.speaker !== undefined || d.notQuotation === true || (d.status !== undefined && d.status !== 'unchecked') || !!d.note || !!d.source;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function optional(value: unknown, type: 'string' | 'number' | 'boolean', nullable = false): boolean {
  return value === undefined || (nullable && value === null) || typeof value === type;
}
