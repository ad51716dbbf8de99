// Runs inside the workbench page (added before it loads): reads what the editor renders.
// Plain browser JavaScript, so the Node-only TypeScript project needs no DOM types.
window.onTheRecordUi = {
  /** The text of every inline label: decoration labels are CSS ::after content on spans named ced-*. */
  renderedLabels() {
    return [...document.querySelectorAll('.monaco-editor .view-lines [class*="ced-"]')]
      .map((element) => getComputedStyle(element, '::after').content)
      .filter((content) => content && content !== 'none')
      .map((content) => content.replace(/^"|"$/g, ''));
  },

  /** Screen centre of the first rendered occurrence of `word` (the editor renders spaces as no-break spaces). */
  centreOfWord(word) {
    const lines = document.querySelector('.monaco-editor .view-lines');
    if (!lines) return null;
    const walker = document.createTreeWalker(lines, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node.textContent || '').replace(/\u00a0/g, ' ').indexOf(word);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + word.length);
      const box = range.getBoundingClientRect();
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    }
    return null;
  },
};
