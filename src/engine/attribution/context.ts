/**
 * What the rules of one paragraph read beyond the paragraph itself, and how: the document's entities, the
 * paragraphs on either side, who spoke last. The accessors note each kind of input they read in `reads`,
 * so that what the paragraph decides can be relied on exactly as long as what it read stays the same; a
 * rule that reads something new reads it through an accessor here, and nothing else needs to know.
 */
import { TWO_PEOPLE_NAMED, type Attribution, type Span } from '../types';
import type { DocumentLayout, Decision } from './attribution';
import { entityByRole, type EntityDraft, type EntityIndex, type MentionDraft } from '../names/entities';
import { isPairOfNames, MentionLookup, relativePronounBefore } from './speakers';
import { resolvePronoun, roleNounResolved, type Salience } from '../names/coreference';
import { personBySurname } from './transcript';
import { QueryReads } from '../reuse/paragraphQuery';

/** The lookups in the whole list of entities that rules make. */
const PERSON_BY_SURNAME = 0;
const ENTITY_BY_ROLE = 1;
const ENTITY_BY_ID = 2;
const ENTITY_BY_NAME = 3;

function entityFor(index: EntityIndex, kind: number, key: string, at: number): EntityDraft | undefined {
  switch (kind) {
    case PERSON_BY_SURNAME:
      return personBySurname(index, key);
    case ENTITY_BY_ROLE:
      return entityByRole(index, key, at);
    case ENTITY_BY_ID:
      return index.byId.get(key);
    default:
      return index.entities.find((e) => e.name.toLowerCase() === key);
  }
}

/** What a lookup answered, as far as a rule reads it: which entity, and its role. */
const answerOf = (entity: EntityDraft | undefined): string | null =>
  entity === undefined ? null : entity.role === null ? entity.id : `${entity.id}\n${entity.role}`;

/** Asks a lookup that rules made (see `ParagraphContext.reads`) again, of `index`. */
export function askAgain(index: EntityIndex, kind: number, key: string, at: number): string | null {
  return answerOf(entityFor(index, kind, key, at));
}

export class ParagraphContext {
  /** The paragraph whose rules run. */
  paragraph = 0;
  readonly reads = new QueryReads();
  readonly text: string;
  /** The name mentions, looked up by token (the paragraph's own names, read through the entity version). */
  readonly names: MentionLookup;
  /** Who spoke last: the state the paragraph is entered in, moved along as its quotations are attributed. */
  readonly salience: Salience = { lastSpeaker: null, lastSource: null };
  /** Pronoun and role mentions resolved so far in the document, in order (see `noteResolvedMention`). */
  readonly resolvedMentions: MentionDraft[] = [];
  private readonly resolvedStarts = new Set<number>();
  private readonly paragraphStarts: number[];

  constructor(readonly layout: DocumentLayout, readonly index: EntityIndex) {
    this.text = layout.text;
    this.names = new MentionLookup(index.mentions, (m) => (m.entityId ? index.byId.get(m.entityId)?.type ?? null : null));
    this.paragraphStarts = layout.paragraphs.map((p) => p.start);
  }

  enter(p: number): void {
    this.paragraph = p;
    this.reads.clear();
  }

  /** The index of the paragraph before, or -1: what the rules read of it is read through this. */
  previousParagraph(): number {
    this.reads.previousParagraph();
    return this.paragraph - 1;
  }

  /** The index of the paragraph after, or -1 when there is none. */
  nextParagraph(): number {
    this.reads.nextParagraph();
    return this.paragraph + 1 < this.layout.paragraphs.length ? this.paragraph + 1 : -1;
  }

  /** An entity looked up in the whole list of entities; the lookup and its answer are noted. */
  private lookUp(kind: number, key: string, at: number): EntityDraft | undefined {
    const entity = entityFor(this.index, kind, key, at);
    this.reads.lookedUp(kind, key, at, answerOf(entity));
    return entity;
  }

  /** The person of the document whose surname is `surname` (lower case), if any. */
  personBySurname(surname: string): EntityDraft | undefined {
    return this.lookUp(PERSON_BY_SURNAME, surname, 0);
  }

  /** The entity whose role's head noun is `head`, most recently named before `before`. */
  entityByRole(head: string, before: number): EntityDraft | undefined {
    return this.lookUp(ENTITY_BY_ROLE, head, before);
  }

  /** The entity by its id, else the first whose name in lower case is `name` (either may be missing). */
  entityByIdOrName(id: string | null, name: string | undefined): EntityDraft | undefined {
    return (id ? this.lookUp(ENTITY_BY_ID, id, 0) : undefined) ?? (name ? this.lookUp(ENTITY_BY_NAME, name, 0) : undefined);
  }

  /** The attribution a decision makes: its phrase resolved to an entity, an unnamed source or nobody. */
  attribution(decision: Decision, paragraph: number, sentenceStart: number): Attribution {
    const { index, salience } = this;
    const { phrase, cue } = decision;
    if (!phrase) return attributionWith(cue, null, null, null, 0, decision.rule);
    // "Christie, who said …": the attribution rests on "who", resolved to Christie, as "he added" rests on "he".
    const span =
      (cue && cue.subject === phrase && phrase.kind === 'name' && phrase.mention?.entityId && relativePronounBefore(this.text, phrase, cue.span.start)) ||
      { start: phrase.start, end: phrase.end };
    if (phrase.kind === 'group') return attributionWith(cue, null, null, span, 0, 'group speaker');
    if (phrase.kind === 'first-person') return attributionWith(cue, null, null, span, 0, 'first-person speaker');
    if (phrase.kind === 'name' && phrase.mention?.entityId) {
      const entity = index.byId.get(phrase.mention.entityId)!;
      return attributionWith(cue, entity.name, entity.id, span, decision.confidence, decision.rule);
    }
    if (phrase.kind === 'pronoun' && phrase.head === 'it') {
      // "it added": the last source that is not a person (a newspaper, a report, an organization).
      const source = salience.lastSource;
      const sourceEntity = source?.attribution.entityId ? index.byId.get(source.attribution.entityId) : undefined;
      if (source && source.paragraph >= paragraph - 2 && source.attribution.speaker && sourceEntity?.type !== 'person')
        return attributionWith(cue, source.attribution.speaker, source.attribution.entityId, span, Math.min(decision.confidence, 0.7), `${decision.rule}; it = the last source`);
      return attributionWith(cue, null, null, span, 0, 'pronoun without antecedent');
    }
    const resolved =
      phrase.kind === 'pronoun'
        ? resolvePronoun(phrase.head ?? phrase.text, { at: phrase.start, sentenceStart, paragraph, paragraphStarts: this.paragraphStarts, index, salience })
        : phrase.kind === 'role'
          ? roleNounResolved(this.entityByRole(phrase.head ?? '', phrase.start))
          : null;
    if (resolved) {
      const kind = phrase.kind === 'pronoun' ? 'pronoun' : 'role';
      this.noteResolvedMention({ start: phrase.start, end: phrase.end, text: phrase.text, kind, entityId: resolved.entity.id, inQuote: false });
      const confidence = Math.min(decision.confidence, resolved.confidence);
      return attributionWith(cue, resolved.entity.name, resolved.entity.id, span, confidence, `${decision.rule}; ${phrase.text} = ${resolved.how}`);
    }
    if (phrase.kind === 'pronoun') return attributionWith(cue, null, null, span, 0, 'pronoun without antecedent');
    if (isPairOfNames(phrase)) return attributionWith(cue, phrase.text, null, span, decision.confidence, `${decision.rule}; ${phrase.text} = ${TWO_PEOPLE_NAMED}`);
    // An unnamed source ("a senior official"): the phrase itself is the speaker.
    return attributionWith(cue, phrase.text, null, span, Math.min(decision.confidence, 0.8), decision.rule);
  }

  /** A pronoun or role mention resolved to an entity, once per place (two quotations may share a tag). */
  noteResolvedMention(mention: MentionDraft): void {
    if (this.resolvedStarts.has(mention.start)) return;
    this.resolvedStarts.add(mention.start);
    this.resolvedMentions.push(mention);
  }

  /** `a` spoke at `at` in `paragraph`: the last speaker (when an entity) and the last source. */
  noteSpeaker(a: Attribution, at: number, paragraph: number, span: Span | null = a.speakerSpan): void {
    const { index, salience } = this;
    if (a.entityId && span && index.byId.has(a.entityId)) salience.lastSpeaker = { entity: index.byId.get(a.entityId)!, at, paragraph, span };
    if (a.speaker) salience.lastSource = { attribution: a, at, paragraph };
  }
}

/** One attribution, made whole in one object (spreads of partial objects were a good part of the sieve's allocation). */
function attributionWith(cue: Decision['cue'], speaker: string | null, entityId: string | null, speakerSpan: Span | null, confidence: number, rule: string): Attribution {
  return { speaker, entityId, speakerSpan, cue: cue ? cue.text : null, cueSpan: cue ? cue.span : null, confidence, rule };
}
