import type * as vscode from 'vscode';
import type { CheckStatus, QuoteCheck } from '../engine/sourceCheck/types';
import { STATUS_LABELS } from '../export/sourceCheck/records';

/** One icon per source-check result (codicons), in the colours the Problems panel and test results use. */
export const SOURCE_CHECK_ICONS: Record<CheckStatus, { id: string; color: string }> = {
  matches: { id: 'check', color: 'testing.iconPassed' },
  altered: { id: 'diff', color: 'problemsWarningIcon.foreground' },
  'speaker-differs': { id: 'person', color: 'problemsWarningIcon.foreground' },
  'not-found': { id: 'search-stop', color: 'problemsWarningIcon.foreground' },
};

/**
 * A quote item with its source-check result: "source: altered" in the description, and the result's icon unless
 * a person's verdict (verified, disputed) already sets one, which says more.
 */
export function withSourceCheck(
  item: vscode.TreeItem,
  check: QuoteCheck | undefined,
  hasReviewIcon: boolean,
  themeIcon: (id: string, color?: string) => vscode.ThemeIcon,
): void {
  if (!check) return;
  const icon = SOURCE_CHECK_ICONS[check.status];
  if (!hasReviewIcon) item.iconPath = themeIcon(icon.id, icon.color);
  const mark = `source: ${STATUS_LABELS[check.status]}`;
  item.description = item.description ? `${item.description} · ${mark}` : mark;
}
