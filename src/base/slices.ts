/*
 * Rendering in slices. When the shared data arrives, every widget of the page renders: without
 * slices all of them in that one task (100 cards stalled the page 1–6 s). An update runs at once
 * while the updates of the current task have taken less than BUDGET_MS; the others wait, in order,
 * for later tasks, so the page keeps scrolling and answering input in between.
 */
const BUDGET_MS = 40;

/** When the current task's first update ran (performance.now()), or -1 between tasks. */
let sliceStart = -1;
const queue: (() => void)[] = [];
let flushing = false;

const now = () => performance.now();

function startSlice(): void {
  sliceStart = now();
  setTimeout(() => (sliceStart = -1));
}

function flush(): void {
  startSlice();
  while (queue.length && now() - sliceStart < BUDGET_MS) queue.shift()!();
  if (queue.length) setTimeout(flush);
  else flushing = false;
}

/** Runs `update` now if the current task has time left, else in a later task; the promise settles once it ran. */
export function inSlice(update: () => unknown): unknown {
  if (sliceStart < 0) startSlice();
  if (!queue.length && now() - sliceStart < BUDGET_MS) return update();
  return new Promise((resolve, reject) => {
    queue.push(() => {
      try {
        resolve(update());
      } catch (e) {
        reject(e instanceof Error ? e : new Error(String(e)));
      }
    });
    if (!flushing) {
      flushing = true;
      setTimeout(flush);
    }
  });
}
