import * as vscode from 'vscode';
import type { Analysis, Problem } from '../engine/types';

/** Problems worth a line in the Problems panel: marks that could not be paired (truncation has its own notice). */
export function reportableProblems(analysis: Analysis): Problem[] {
  return analysis.problems.filter((problem) => problem.kind === 'unbalanced-quote');
}

/**
 * Unpaired quotation marks in the Problems panel, as information (a draft in progress often has them):
 * one click takes the writer to the mark. The document itself is never changed.
 */
export class ProblemDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('On the Record');

  show(document: vscode.TextDocument, analysis: Analysis): void {
    this.collection.set(
      document.uri,
      reportableProblems(analysis).map((problem) => {
        const range = new vscode.Range(document.positionAt(problem.start), document.positionAt(problem.end));
        const diagnostic = new vscode.Diagnostic(range, problem.message, vscode.DiagnosticSeverity.Information);
        diagnostic.source = 'On the Record';
        return diagnostic;
      }),
    );
  }

  clear(uri: vscode.Uri): void {
    this.collection.delete(uri);
  }

  dispose(): void {
    this.collection.dispose();
  }
}
