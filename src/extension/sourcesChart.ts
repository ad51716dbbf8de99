/**
 * The Sources panel's bar chart as SVG: one bar per source, its share of the quotes or of the quoted words,
 * named and unnamed sources told apart by colour and by a label ("unnamed"), with each bar split into direct
 * and reported parts. In the panel the colours are the editor theme's CSS variables; the exported file gets
 * fixed colours, as it is read outside the editor. No vscode here.
 */
import type { SourcesPicture, SourceSummary } from '../engine/ledger';

export type ChartMeasure = 'quotes' | 'words';

export interface ChartColors {
  text: string;
  muted: string;
  named: string;
  unnamed: string;
  background: string;
}

/** What the panel uses: the workbench's own colours, so the chart follows the theme. */
export const THEME_COLORS: ChartColors = {
  text: 'var(--vscode-foreground)',
  muted: 'var(--vscode-descriptionForeground)',
  named: 'var(--vscode-charts-blue)',
  unnamed: 'var(--vscode-charts-orange)',
  background: 'transparent',
};

/** For the exported file: the light theme's chart colours. */
export const EXPORT_COLORS: ChartColors = {
  text: '#1f1f1f', muted: '#616161', named: '#1a85ff', unnamed: '#d18616', background: '#ffffff',
};

const ROW = 26;
const LABEL_WIDTH = 220;
const BAR_WIDTH = 360;
const VALUE_WIDTH = 150;
const TOP = 34;

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const percent = (share: number): string => `${Math.round(share * 100)}%`;

function share(source: SourceSummary, measure: ChartMeasure): number {
  return measure === 'quotes' ? source.quoteShare : source.wordShare;
}

function valueText(source: SourceSummary, measure: ChartMeasure): string {
  const count = measure === 'quotes' ? `${source.quotes} ${source.quotes === 1 ? 'quote' : 'quotes'}` : `${source.words} words`;
  return `${percent(share(source, measure))} · ${count}`;
}

/** The chart; `title` heads it (the article's name). Bars carry `data-speaker` for the panel's clicks. */
export function sourcesSvg(picture: SourcesPicture, measure: ChartMeasure, colors: ChartColors, title: string): string {
  const width = LABEL_WIDTH + BAR_WIDTH + VALUE_WIDTH;
  const height = TOP + Math.max(1, picture.sources.length) * ROW + 44;
  const widest = Math.max(0.0001, ...picture.sources.map((s) => share(s, measure)));
  const rows = picture.sources.map((source, i) => {
    const y = TOP + i * ROW;
    const full = (share(source, measure) / widest) * BAR_WIDTH;
    // The reported part of the bar: by quotes or by words, in the same proportion as the quotes.
    const reportedShare = source.quotes === 0 ? 0 : source.reported / source.quotes;
    const reported = full * reportedShare;
    const fill = source.named ? colors.named : colors.unnamed;
    const who = source.named ? '' : ' (unnamed)';
    const tags = source.tags.length > 0 ? ` [${source.tags.join(', ')}]` : '';
    const tooltip = `${source.speaker}${who}: ${valueText(source, measure)}; ${source.direct + source.mixed} direct, ${source.reported} reported`;
    const bar = (x: number, width: number, extra = ''): string =>
      `<rect x="${x.toFixed(1).replace(/\.0$/, '')}" y="${y + 4}" width="${width.toFixed(1)}" height="${ROW - 8}" fill="${fill}"${extra}/>`;
    return [
      `<g class="bar" data-speaker="${escapeXml(source.speaker)}" tabindex="0" role="button">`,
      `<title>${escapeXml(tooltip)}</title>`,
      `<text x="${LABEL_WIDTH - 8}" y="${y + 17}" text-anchor="end" fill="${colors.text}">`,
      `${escapeXml(truncate(source.speaker, 28) + who + tags)}</text>`,
      bar(LABEL_WIDTH, full - reported),
      bar(LABEL_WIDTH + full - reported, reported, ' fill-opacity="0.45"'),
      `<text x="${(LABEL_WIDTH + full + 6).toFixed(1)}" y="${y + 17}" fill="${colors.muted}">${escapeXml(valueText(source, measure))}</text>`,
      '</g>',
    ].join('');
  });
  const footY = TOP + Math.max(1, picture.sources.length) * ROW + 18;
  const { named, anonymous } = picture;
  const foot = `${named.sources} named (${percent(picture.quotes ? named.quotes / picture.quotes : 0)} of quotes) · ` +
    `${anonymous.sources} unnamed (${percent(picture.quotes ? anonymous.quotes / picture.quotes : 0)}) · ` +
    `${picture.direct + picture.mixed} direct, ${picture.reported} reported` + (picture.unattributed ? ` · ${picture.unattributed} unattributed` : '');
  const heading = `${title}: share of ${measure === 'quotes' ? 'quotes' : 'quoted words'} per source`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="13">`,
    colors.background === 'transparent' ? '' : `<rect width="100%" height="100%" fill="${colors.background}"/>`,
    `<text x="8" y="20" font-weight="bold" fill="${colors.text}">${escapeXml(heading)}</text>`,
    ...rows,
    picture.sources.length === 0 ? `<text x="8" y="${TOP + 17}" fill="${colors.muted}">No attributed quotes.</text>` : '',
    `<text x="8" y="${footY}" fill="${colors.muted}">${escapeXml(foot)}</text>`,
    `<text x="8" y="${footY + 18}" fill="${colors.muted}">Lighter part of a bar: reported speech.</text>`,
    '</svg>',
  ].join('\n');
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
