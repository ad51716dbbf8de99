import * as vscode from 'vscode';
import { EXPORT_FILE_EXTENSIONS, type QuoteExportFormat } from '../export';

/** Languages of the result editor; CSV has no built-in language, so it is csv only where one is installed. */
const RESULT_LANGUAGE: Record<QuoteExportFormat, string> = { markdown: 'markdown', json: 'json', csv: 'csv', worksheet: 'markdown', 'worksheet-csv': 'csv' };

/** "city-council" from ".../city-council.md" or "Untitled-1". */
function baseName(document: vscode.TextDocument): string {
  const name = document.uri.path.split('/').pop() || 'article';
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}

/** Words of a name safe in a file name: "Mike Pompeo" -> "mike-pompeo". */
export function fileNamePart(words: string): string {
  return words.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'quotes';
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/**
 * Where Save puts the export: beside the article (or in the first workspace folder), named
 * `<article>-quotes.md` (`<article>-<speaker>-quotes.md` for one speaker). A name already taken on disk
 * gets a number, so saving never writes over a file.
 */
async function suggestedTarget(article: vscode.TextDocument, format: QuoteExportFormat, part: string | undefined): Promise<vscode.Uri | undefined> {
  const folder = article.uri.scheme === 'file' ? vscode.Uri.joinPath(article.uri, '..') : vscode.workspace.workspaceFolders?.[0]?.uri;
  if (!folder || folder.scheme !== 'file') return undefined;
  const stem = `${baseName(article)}${part ? `-${fileNamePart(part)}` : ''}-quotes`;
  const extension = EXPORT_FILE_EXTENSIONS[format];
  for (let n = 1; n < 100; n++) {
    const candidate = vscode.Uri.joinPath(folder, `${stem}${n === 1 ? '' : `-${n}`}.${extension}`);
    const openAlready = vscode.workspace.textDocuments.some((d) => d.uri.path === candidate.path);
    if (!openAlready && !(await exists(candidate))) return candidate;
  }
  return undefined;
}

/**
 * Opens an export as a new unsaved document in its own language, titled with the name Save will use.
 * `part` names what it holds besides the article (one speaker's quotes).
 */
export async function openExport(article: vscode.TextDocument, content: string, format: QuoteExportFormat, part?: string): Promise<vscode.TextDocument> {
  const target = await suggestedTarget(article, format, part);
  let result: vscode.TextDocument;
  if (target) {
    result = await vscode.workspace.openTextDocument(target.with({ scheme: 'untitled' }));
    const edit = new vscode.WorkspaceEdit();
    edit.insert(result.uri, new vscode.Position(0, 0), content);
    await vscode.workspace.applyEdit(edit);
  } else {
    result = await vscode.workspace.openTextDocument({ content });
  }
  const language = RESULT_LANGUAGE[format];
  if (result.languageId !== language && (await vscode.languages.getLanguages()).includes(language)) {
    result = await vscode.languages.setTextDocumentLanguage(result, language);
  }
  return result;
}
