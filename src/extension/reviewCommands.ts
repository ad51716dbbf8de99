import * as vscode from 'vscode';
import type { DecisionChange } from '../engine/review/record';
import type { SpeakerChoice } from '../engine/review/format';
import type { Controller } from './controller';
import type { ReviewStore } from './reviewStore';
import { likelySpeakers } from './likelySpeakers';
import { nameTarget, reviewTarget, type NameTarget, type QuoteArgument, type ReviewTarget } from './reviewTarget';
import type { EntityChange } from '../engine/review/record';
import { mentionAnchorOf } from '../engine/review/anchor';
import { splittable } from '../engine/review/split';
import { ReviewCodeActions } from './reviewCodeActions';
import { REVIEW_COMMANDS } from './reviewCommandIds';
import { isReviewFilter, REVIEW_FILTERS, type ReviewFilter } from './reviewTree';

export const CONTEXT_TREE_FILTER = 'onTheRecord.treeFilter';

/** Filter Quotes: `filter` from code and tests, else a quick pick. */
async function filterQuotes(controller: Controller, filter?: unknown): Promise<ReviewFilter | undefined> {
  let chosen: ReviewFilter | undefined = isReviewFilter(filter) ? filter : undefined;
  if (!chosen) {
    const items = REVIEW_FILTERS.map((f) => ({ ...f, picked: f.filter === controller.tree.filter, label: f.filter === controller.tree.filter ? `$(check) ${f.label}` : f.label }));
    chosen = (await vscode.window.showQuickPick(items, { title: 'Show in the Quotes view', placeHolder: 'Which quotes to list' }))?.filter;
  }
  if (!chosen) return undefined;
  controller.tree.setFilter(chosen);
  await vscode.commands.executeCommand('setContext', CONTEXT_TREE_FILTER, chosen);
  return chosen;
}

/** What code and tests may pass instead of answering the prompts. */
interface SpeakerAnswer {
  /** An entity's name or a typed name; null for nobody. */
  speaker?: string | null;
}
interface StatusAnswer {
  note?: string;
  source?: string;
}

type SpeakerPick = vscode.QuickPickItem & { choice: SpeakerChoice | 'someone-else' };

async function askSpeaker(target: ReviewTarget): Promise<SpeakerChoice | undefined> {
  const current = target.quote.attribution.entityId;
  const items: SpeakerPick[] = likelySpeakers(target.analysis, target.quote).map((entity) => ({
    label: `$(${entity.type === 'person' ? 'person' : 'organization'}) ${entity.name}`,
    description: [entity.role, entity.id === current ? 'current speaker' : null].filter(Boolean).join(' · ') || undefined,
    choice: { entityId: entity.id, name: entity.name },
  }));
  items.push(
    { label: '$(edit) Someone else…', description: 'type a name', choice: 'someone-else' },
    { label: '$(circle-slash) Nobody: leave unattributed', choice: null },
  );
  const picked = await vscode.window.showQuickPick(items, { title: 'Set Speaker', placeHolder: `Who said “${oneLine(target.quote.text)}”?`, matchOnDescription: true });
  if (!picked) return undefined;
  if (picked.choice !== 'someone-else') return picked.choice;
  const name = await vscode.window.showInputBox({ title: 'Set Speaker', prompt: 'The speaker, as the article should name them', validateInput: (v) => (v.trim() ? null : 'Type a name') });
  return name?.trim() ? choiceNamed(target, name.trim()) : undefined;
}

/** A typed name is the article's entity of that name when there is one. */
function choiceNamed(target: ReviewTarget, name: string): SpeakerChoice {
  const entity = target.analysis.entities.find((e) => e.name.toLowerCase() === name.toLowerCase());
  return entity ? { entityId: entity.id, name: entity.name } : { entityId: null, name };
}

async function askDispute(target: ReviewTarget, store: ReviewStore): Promise<StatusAnswer | undefined> {
  const earlier = store.placed(target.document, target.analysis)?.byQuote.get(target.quote)?.decision;
  const note = await vscode.window.showInputBox({ title: 'Mark Disputed', prompt: `What is wrong with “${oneLine(target.quote.text)}”? (optional)`, value: earlier?.note });
  if (note === undefined) return undefined;
  const source = await vscode.window.showInputBox({ title: 'Mark Disputed', prompt: 'Source: a link or where it was checked (optional)', value: earlier?.source });
  if (source === undefined) return undefined;
  return { note: note.trim(), source: source.trim() };
}

function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 60 ? `${flat.slice(0, 59)}…` : flat;
}

export function registerReviewCommands(controller: Controller, store: ReviewStore): vscode.Disposable[] {
  /** Runs one command: finds the quote, asks what is needed, records it, and waits for the views to show it. */
  const command = (id: string, decide: (target: ReviewTarget, answer: Record<string, unknown>) => Promise<DecisionChange | undefined>) =>
    vscode.commands.registerCommand(id, async (arg?: QuoteArgument & Record<string, unknown>, answer?: Record<string, unknown>) => {
      const target = await reviewTarget(controller, arg);
      if (!target) return false;
      const change = await decide(target, { ...(arg && !('kind' in arg) ? arg : {}), ...(answer ?? {}) });
      if (!change) return false;
      const recorded = await store.record(target.document, target.analysis, target.quote, change);
      await controller.whenIdle();
      return recorded;
    });

  /** The same for a command on a name. */
  const nameCommand = (id: string, decide: (target: NameTarget, answer: Record<string, unknown>) => Promise<EntityChange | undefined>) =>
    vscode.commands.registerCommand(id, async (arg?: { uri: string; start: number }, answer?: Record<string, unknown>) => {
      const target = await nameTarget(controller, arg);
      if (!target) return false;
      const change = await decide(target, { ...(arg ?? {}), ...(answer ?? {}) });
      if (!change) return false;
      const recorded = await store.recordEntity(target.document, target.analysis, change);
      await controller.whenIdle();
      return recorded;
    });

  return [
    nameCommand(REVIEW_COMMANDS.notAPerson, async (target) => (target.entity ? { kind: 'not-a-person', name: target.entity.name } : undefined)),
    nameCommand(REVIEW_COMMANDS.samePersonAs, async (target, answer) => {
      const entity = target.entity;
      if (!entity) return undefined;
      let sameAs = typeof answer.sameAs === 'string' ? answer.sameAs : undefined;
      if (sameAs === undefined) {
        const others = target.analysis.entities
          .filter((e) => e.id !== entity.id)
          .sort((a, b) => Number(b.type === entity.type) - Number(a.type === entity.type));
        const items = others.map((e) => ({ label: e.name, description: [e.type, e.role].filter(Boolean).join(' · ') }));
        sameAs = (await vscode.window.showQuickPick(items, { title: `Same Person As… (${entity.name})`, placeHolder: `Who is ${entity.name}?` }))?.label;
      }
      return sameAs ? { kind: 'same-as', name: entity.name, sameAs } : undefined;
    }),
    nameCommand(REVIEW_COMMANDS.notSamePerson, async (target) => {
      const { entity, mention } = target;
      if (!entity || !mention || !splittable(entity, mention)) {
        void vscode.window.showInformationMessage('Put the cursor on a name the engine took for a person named otherwise in the article.');
        return undefined;
      }
      return { kind: 'split', name: entity.name, mention: mentionAnchorOf(target.document.getText(), mention) };
    }),
    nameCommand(REVIEW_COMMANDS.resetName, async (target) => (target.name ? { kind: 'reset', name: target.name } : undefined)),
    vscode.languages.registerCodeActionsProvider('*', new ReviewCodeActions(controller, store), { providedCodeActionKinds: ReviewCodeActions.kinds }),
    vscode.commands.registerCommand(REVIEW_COMMANDS.filterQuotes, (filter?: unknown) => filterQuotes(controller, filter)),
    command(REVIEW_COMMANDS.setSpeaker, async (target, answer: SpeakerAnswer) => {
      const speaker = 'speaker' in answer ? (answer.speaker === null ? null : choiceNamed(target, String(answer.speaker))) : await askSpeaker(target);
      return speaker === undefined ? undefined : { kind: 'speaker', speaker };
    }),
    command(REVIEW_COMMANDS.notQuotation, async () => ({ kind: 'not-quotation' })),
    command(REVIEW_COMMANDS.resetToAutomatic, async () => ({ kind: 'reset' })),
    command(REVIEW_COMMANDS.markVerified, async (_target, answer: StatusAnswer) => ({ kind: 'status', status: 'verified', note: answer.note, source: answer.source })),
    command(REVIEW_COMMANDS.markDisputed, async (target, answer: StatusAnswer) => {
      const given = 'note' in answer || 'source' in answer ? answer : await askDispute(target, store);
      return given ? { kind: 'status', status: 'disputed', note: given.note, source: given.source } : undefined;
    }),
    command(REVIEW_COMMANDS.clearStatus, async () => ({ kind: 'status', status: 'unchecked' })),
  ];
}
