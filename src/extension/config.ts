import * as vscode from 'vscode';

export type LabelStyle = 'fullName' | 'surname';

/** The settings that shape what the views show (pure modules take this, not the vscode configuration). */
export interface ViewSettings {
  labelStyle: LabelStyle;
  showReportedSpeech: boolean;
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
    showReportedSpeech: config.get<boolean>('showReportedSpeech', true),
    maxFileSizeKB: Math.max(1, config.get<number>('maxFileSizeKB', 2048)),
    debounceMs: Math.max(0, config.get<number>('debounceMs', 100)),
  };
}

/** Whether the extension analyses this document at all (language enabled, master switch on). */
export function isSupported(document: vscode.TextDocument, settings: ExtensionSettings = readSettings(document)): boolean {
  return settings.enable && settings.languages.includes(document.languageId);
}
