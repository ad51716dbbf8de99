import type { CliIo } from '../io';

/** How much the run has to do, when it is known before it starts (not for a stream of JSONL records). */
export interface ProgressTotal {
  articles: number | null;
  bytes: number | null;
}

const REDRAW_MS = 100;

/**
 * One line on a terminal's stderr, redrawn in place: articles, MB, rate and time left. Messages printed meanwhile
 * go through `message`, which clears the line first so they never share it.
 */
export class Progress {
  private articles = 0;
  private bytes = 0;
  private drawnAt = -Infinity;
  private drawn = false;
  private readonly startedAt: number;

  constructor(
    private readonly io: CliIo,
    private readonly enabled: boolean,
    private readonly total: ProgressTotal,
    private readonly now: () => number = Date.now,
  ) {
    this.startedAt = now();
  }

  advance(bytes: number): void {
    this.articles++;
    this.bytes += bytes;
    if (!this.enabled || this.now() - this.drawnAt < REDRAW_MS) return;
    this.drawnAt = this.now();
    this.io.stderr(`\r\x1b[K${this.line()}`);
    this.drawn = true;
  }

  message(text: string): void {
    if (text === '') return;
    this.clear();
    this.io.stderr(text);
  }

  clear(): void {
    if (!this.drawn) return;
    this.io.stderr('\r\x1b[K');
    this.drawn = false;
    this.drawnAt = -Infinity;
  }

  elapsedSeconds(): number {
    return (this.now() - this.startedAt) / 1000;
  }

  /** `1,234/10,000 articles · 6.1/50.2 MB · 812 articles/s · 0:11 left` */
  line(): string {
    const seconds = Math.max(this.elapsedSeconds(), 1e-3);
    const { articles: totalArticles, bytes: totalBytes } = this.total;
    const parts = [
      `${count(this.articles)}${totalArticles === null ? '' : `/${count(totalArticles)}`} articles`,
      `${megabytes(this.bytes)}${totalBytes === null ? '' : `/${megabytes(totalBytes)}`} MB`,
      `${count(Math.round(this.articles / seconds))} articles/s`,
    ];
    // By bytes when the sizes are known (articles differ in length), else by articles.
    const left = (total: number, done: number): string => `${clock((seconds * Math.max(0, total - done)) / done)} left`;
    if (totalBytes !== null && this.bytes > 0) parts.push(left(totalBytes, this.bytes));
    else if (totalArticles !== null && this.articles > 0) parts.push(left(totalArticles, this.articles));
    return parts.join(' · ');
  }
}

const count = (n: number): string => n.toLocaleString('en-US');
const megabytes = (bytes: number): string => (bytes / 1e6).toFixed(1);

function clock(seconds: number): string {
  const whole = Math.round(seconds);
  const [h, m, s] = [Math.floor(whole / 3600), Math.floor((whole % 3600) / 60), whole % 60];
  const pad = (n: number): string => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}
