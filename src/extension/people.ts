/**
 * Registers the people features (navigation, rename, sourcing diagnostics and their fixes) for the article
 * languages, again whenever the languages setting changes.
 */
import * as vscode from 'vscode';
import type { Controller } from './controller';
import { SECTION } from './config';
import { registerPeopleProviders } from './peopleProviders';
import { registerSourcing } from './sourcingDiagnostics';

export function registerPeopleFeatures(controller: Controller): vscode.Disposable {
  const settings = () => controller.settings;
  let languages = '';
  let registered: vscode.Disposable | undefined;
  const register = (): void => {
    // The controller reads its settings on the same event: compare the configuration itself.
    const now = vscode.workspace.getConfiguration(SECTION).get<string[]>('languages', ['plaintext', 'markdown']);
    if (now.join() === languages) return;
    languages = now.join();
    registered?.dispose();
    registered = vscode.Disposable.from(registerPeopleProviders(controller.tracker, settings), registerSourcing(controller.tracker, now));
  };
  register();
  const listener = vscode.workspace.onDidChangeConfiguration((event) => {
    if (event.affectsConfiguration(`${SECTION}.languages`)) register();
  });
  return new vscode.Disposable(() => {
    listener.dispose();
    registered?.dispose();
  });
}
