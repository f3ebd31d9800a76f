// Copy to the clipboard, and say so. Without the async clipboard (plain-http hosts, old
// browsers, a refused permission) the text is selected on the page instead, so Ctrl+C or a
// long press copies it, and the status says which of the two happened.

const restore = new WeakMap();

/** Shows "Copied" on the button for a moment; its own label comes back afterwards. */
function flash(button) {
  clearTimeout(restore.get(button)?.timer);
  const text = restore.get(button)?.text ?? button.textContent;
  button.textContent = 'Copied';
  restore.set(button, { text, timer: setTimeout(() => ((button.textContent = text), restore.delete(button)), 2000) });
}

function select(node) {
  const range = document.createRange();
  range.selectNodeContents(node);
  const selection = getSelection();
  selection.removeAllRanges();
  selection.addRange(range);
}

/**
 * Copies `text`. `shown` is the node on the page that holds it (selected in the fallback);
 * without one the status itself shows the text, selected.
 */
export async function copyText(text, button, status, done, shown) {
  try {
    if (!navigator.clipboard?.writeText) throw new Error('no async clipboard');
    await navigator.clipboard.writeText(text);
    status.textContent = done;
    flash(button);
    return;
  } catch {
    // fall through to the selection
  }
  let target = shown;
  if (!target) {
    target = Object.assign(document.createElement('span'), { className: 'copy-text', textContent: text });
    status.replaceChildren('', target);
  }
  select(target);
  let copied = false;
  try {
    // Deprecated, but the only clipboard access where the async API is missing.
    copied = document.execCommand('copy');
  } catch {
    copied = false;
  }
  const message = copied ? done : 'The clipboard could not be reached: the text is selected, press Ctrl+C (⌘C on a Mac) to copy it.';
  if (shown) status.textContent = message;
  else status.firstChild.textContent = `${message} `;
  if (copied) flash(button);
}
