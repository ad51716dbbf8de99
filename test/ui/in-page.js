// Runs inside the workbench page (added before it loads): reads what the editor renders.
// Plain browser JavaScript, so the Node-only TypeScript project needs no DOM types.
window.onTheRecordUi = {
  /**
   * The text of every inline label in the editors: inlay hints (text the editor injects into the line,
   * in spans whose class names the hint) and, for older builds, CSS ::after content of decorations.
   */
  renderedLabels() {
    const editors = '.part.editor .monaco-editor .view-lines';
    const hints = [...document.querySelectorAll(`${editors} [class*="inlay-hint"], ${editors} [class*="dyn-rule"]`)]
      .map((element) => (element.textContent || '').replace(/\u00a0/g, ' ').trim())
      .filter((text) => text.length > 0);
    const after = [...document.querySelectorAll(`${editors} [class*="ced-"]`)]
      .map((element) => getComputedStyle(element, '::after').content)
      .filter((content) => content && content !== 'none')
      .map((content) => content.replace(/^"|"$/g, ''));
    return [...hints, ...after];
  },

  /**
   * Rendered lines of the editors in the editor area that reach past the text area's right edge (the
   * vertical scrollbar excluded), with how far; plus whether a horizontal scrollbar is showing. With word
   * wrap on, both must be empty: anything past the edge is hidden under the scrollbar or the minimap.
   */
  overflowingLines() {
    const lines = [];
    const horizontalScrollbars = [];
    for (const editor of document.querySelectorAll('.part.editor .monaco-editor')) {
      const scrollable = editor.querySelector('.editor-scrollable');
      if (!scrollable) continue;
      const box = scrollable.getBoundingClientRect();
      const vertical = scrollable.querySelector(':scope > .scrollbar.vertical');
      const right = box.right - (vertical ? vertical.getBoundingClientRect().width : 0);
      // Monaco marks a scrollbar "visible" while the content is wider than the view (and "invisible" when not).
      const horizontal = scrollable.querySelector(':scope > .scrollbar.horizontal');
      if (horizontal && horizontal.classList.contains('visible')) horizontalScrollbars.push(horizontal.className);
      for (const line of editor.querySelectorAll('.view-lines .view-line')) {
        const content = line.firstElementChild;
        if (!content) continue;
        const over = content.getBoundingClientRect().right - right;
        if (over > 1) lines.push({ text: (line.textContent || '').replace(/\u00a0/g, ' ').slice(-60), over: Math.round(over) });
      }
    }
    return { lines, horizontalScrollbars };
  },

  /** Class names and text of the injected or decorated spans of the first rendered lines (for failure messages). */
  describeLabels() {
    return [...document.querySelectorAll('.part.editor .monaco-editor .view-lines .view-line span span')]
      .filter((element) => element.className && !/^mtk\d+$/.test(element.className))
      .slice(0, 12)
      .map((element) => `${element.className}: ${(element.textContent || '').slice(0, 40)}`);
  },

  /**
   * Screen centre of the first rendered occurrence of `word` in the active group's editor (the editor renders
   * spaces as no-break spaces). The page keeps other editors, some hidden: the first in the page may not be seen.
   */
  centreOfWord(word) {
    const lines = document.querySelector('.editor-group-container.active .monaco-editor .view-lines')
      || document.querySelector('.monaco-editor .view-lines');
    if (!lines) return null;
    const walker = document.createTreeWalker(lines, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node.textContent || '').replace(/\u00a0/g, ' ').indexOf(word);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + word.length);
      const box = range.getBoundingClientRect();
      if (box.width === 0) continue;
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    }
    return null;
  },
};
