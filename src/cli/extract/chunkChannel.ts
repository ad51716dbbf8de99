/** The worker thread stopped while it sent an article's output: what was written of it stays incomplete. */
export class OutputCut extends Error {}

/**
 * The chunks of one article's output as a worker thread sends them, read in order by the main thread. `taken`
 * is told of each chunk handed to the writer, so the worker sends more only as they are written.
 */
export class ChunkChannel implements AsyncIterable<string> {
  private readonly chunks: string[] = [];
  private ended = false;
  private failure: OutputCut | null = null;
  private wake: (() => void) | null = null;

  constructor(private readonly taken: () => void) {}

  push(chunk: string): void {
    this.chunks.push(chunk);
    this.notify();
  }

  end(): void {
    this.ended = true;
    this.notify();
  }

  fail(failure: OutputCut): void {
    this.failure = failure;
    this.notify();
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<string> {
    for (;;) {
      const chunk = this.chunks.shift();
      if (chunk !== undefined) {
        this.taken();
        yield chunk;
      } else if (this.failure) throw this.failure;
      else if (this.ended) return;
      else await new Promise<void>((resolve) => (this.wake = resolve));
    }
  }

  private notify(): void {
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }
}
