import * as vscode from 'vscode';

export type LabelStyle = 'fullName' | 'surname';

/** Which quotes get a speaker label in the text (`onTheRecord.labels`); every quote keeps its hover. */
export type LabelMode = 'everyQuote' | 'cursorParagraph' | 'uncertainOnly' | 'hoverOnly';

const LABEL_MODES: readonly LabelMode[] = ['everyQuote', 'cursorParagraph', 'uncertainOnly', 'hoverOnly'];

/** The settings that shape what the views show (pure modules take this, not the vscode configuration). */
export interface ViewSettings {
  labelStyle: LabelStyle;
  labels: LabelMode;
  showReportedSpeech: boolean;
  /** The Quotes view lists the Unattributed group first. */
  unattributedFirst: boolean;
}

export interface ExtensionSettings extends ViewSettings {
  enable: boolean;
  languages: string[];
  maxFileSizeKB: number;
  debounceMs: number;
}

export const SECTION = 'onTheRecord';

export function readSettings(scope?: vscode.ConfigurationScope): ExtensionSettings {
  const config = vscode.workspace.getConfiguration(SECTION, scope);
  return {
    enable: config.get<boolean>('enable', true),
    languages: config.get<string[]>('languages', ['plaintext', 'markdown']),
    labelStyle: config.get<LabelStyle>('labelStyle', 'fullName') === 'surname' ? 'surname' : 'fullName',
    labels: oneOf(config.get<string>('labels', 'everyQuote'), LABEL_MODES, 'everyQuote'),
    showReportedSpeech: config.get<boolean>('showReportedSpeech', true),
    unattributedFirst: config.get<boolean>('unattributedFirst', false),
    maxFileSizeKB: Math.max(1, config.get<number>('maxFileSizeKB', 2048)),
    debounceMs: Math.max(0, waitAfterTyping(config)),
  };
}

/** Whether the extension analyses this document at all (language enabled, master switch on). */
export function isSupported(document: vscode.TextDocument, settings: ExtensionSettings = readSettings(document)): boolean {
  return settings.enable && settings.languages.includes(document.languageId);
}

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

/** `waitAfterTyping`, or the value of its old name (`debounceMs`) when only that one is set. */
function waitAfterTyping(config: vscode.WorkspaceConfiguration): number {
  const explicit = (key: string) => {
    const set = config.inspect<number>(key);
    return set?.workspaceFolderValue ?? set?.workspaceValue ?? set?.globalValue;
  };
  return explicit('waitAfterTyping') ?? explicit('debounceMs') ?? 100;
}
