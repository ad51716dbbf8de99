/** Maps UTF-16 offsets to 1-based line and column numbers, for messages and exports. */
export class LineIndex {
  private readonly lineStarts: number[] = [0];

  constructor(text: string) {
    for (let i = 0; i < text.length; i++) {
      // A CRLF counts once: the line starts after the LF.
      if (text.charCodeAt(i) === 10) this.lineStarts.push(i + 1);
      else if (text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) !== 10) this.lineStarts.push(i + 1);
    }
  }

  /** 1-based line containing `offset`. */
  lineAt(offset: number): number {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.lineStarts[middle] <= offset) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  }

  /** 1-based column of `offset` within its line. */
  columnAt(offset: number): number {
    return offset - this.lineStarts[this.lineAt(offset) - 1] + 1;
  }
}
