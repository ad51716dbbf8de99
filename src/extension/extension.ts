import type * as vscode from 'vscode';
import type { OnTheRecordApi } from './api';
import { registerCommands } from './commands';
import { Controller } from './controller';
import { registerPeopleFeatures } from './people';
import { registerReviewCommands } from './reviewCommands';
import { SourceCheckFeature } from './sourceCheckFeature';

/** Registers the views and commands; the analysis itself runs in the worker thread, started on first use. */
export function activate(context: vscode.ExtensionContext): OnTheRecordApi {
  const controller = new Controller(context);
  context.subscriptions.push(
    controller,
    ...registerCommands(controller),
    ...registerReviewCommands(controller, controller.review),
    new SourceCheckFeature(controller, context.asAbsolutePath('dist/sourceCheckWorker.js')),
    registerPeopleFeatures(controller),
  );
  return controller.api();
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
