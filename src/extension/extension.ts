import type * as vscode from 'vscode';
import type { OnTheRecordApi } from './api';
import { registerCommands } from './commands';
import { Controller } from './controller';
import { LedgerFeature } from './ledgerFeature';
import { registerPeopleFeatures } from './people';
import { registerReviewCommands } from './reviewCommands';
import { SourceCheckFeature } from './sourceCheckFeature';
import { SourcesPanel } from './sourcesPanel';

/** Registers the views and commands; the analysis itself runs in the worker thread, started on first use. */
export function activate(context: vscode.ExtensionContext): OnTheRecordApi {
  const controller = new Controller(context);
  const ledger = new LedgerFeature(context.asAbsolutePath('dist/worker.js'));
  context.subscriptions.push(
    controller,
    ...registerCommands(controller),
    ...registerReviewCommands(controller, controller.review),
    new SourceCheckFeature(controller, context.asAbsolutePath('dist/sourceCheckWorker.js')),
    ledger,
    new SourcesPanel(controller),
    registerPeopleFeatures(controller),
  );
  return { ...controller.api(), ledger: ledger.api() };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
