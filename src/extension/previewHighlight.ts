import * as vscode from 'vscode';

/**
 * Marks the words a Quotes-view row or a card link points at, without selecting them: a selection over a
 * quote is replaced by the next keystroke, a highlight is not. The mark stays until the user moves the
 * cursor in that editor, another span is highlighted, or the document changes.
 */
export class PreviewHighlight implements vscode.Disposable {
  private readonly type = vscode.window.createTextEditorDecorationType({
    backgroundColor: new vscode.ThemeColor('editor.findMatchHighlightBackground'),
    borderColor: new vscode.ThemeColor('editor.findMatchHighlightBorder'),
    borderStyle: 'solid',
    borderWidth: '1px',
    overviewRulerColor: new vscode.ThemeColor('editorOverviewRuler.findMatchForeground'),
    overviewRulerLane: vscode.OverviewRulerLane.Center,
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  });
  private current: { uri: string; range: vscode.Range } | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  constructor() {
    this.disposables.push(
      this.type,
      vscode.window.onDidChangeTextEditorSelection((event) => {
        // Moving the cursor by hand (not by the reveal that set the mark) ends the preview.
        const byUser = event.kind === vscode.TextEditorSelectionChangeKind.Keyboard || event.kind === vscode.TextEditorSelectionChangeKind.Mouse;
        if (byUser && event.textEditor.document.uri.toString() === this.current?.uri) this.clear();
      }),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.length > 0 && event.document.uri.toString() === this.current?.uri) this.clear();
      }),
      vscode.window.onDidChangeVisibleTextEditors(() => this.draw()),
    );
  }

  show(document: vscode.TextDocument, range: vscode.Range): void {
    this.clear();
    this.current = { uri: document.uri.toString(), range };
    this.draw();
  }

  /** The highlighted range in an editor, if it shows one (for the test API). */
  rangeIn(editor: vscode.TextEditor): vscode.Range | undefined {
    return this.current && editor.document.uri.toString() === this.current.uri ? this.current.range : undefined;
  }

  clear(): void {
    if (!this.current) return;
    this.current = undefined;
    this.draw();
  }

  private draw(): void {
    for (const editor of vscode.window.visibleTextEditors) {
      const range = this.rangeIn(editor);
      editor.setDecorations(this.type, range ? [range] : []);
    }
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}
