import type * as vscode from 'vscode';
import type { OnTheRecordApi } from './api';
import { registerCommands } from './commands';
import { Controller } from './controller';
import { LedgerFeature } from './ledgerFeature';
import { SourcesPanel } from './sourcesPanel';
import { SourceCheckFeature } from './sourceCheckFeature';

/** Registers the views and commands; the analysis itself runs in the worker thread, started on first use. */
export function activate(context: vscode.ExtensionContext): OnTheRecordApi {
  const controller = new Controller(context);
  const ledger = new LedgerFeature(context.asAbsolutePath('dist/worker.js'));
  const sourceCheck = new SourceCheckFeature(controller, context.asAbsolutePath('dist/sourceCheckWorker.js'));
  context.subscriptions.push(controller, ...registerCommands(controller), sourceCheck, ledger, new SourcesPanel(controller));
  return { ...controller.api(), ledger: ledger.api() };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
