import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../components/setup.js';
import { everyElement, settled } from '../helpers.js';

// Chromium only, by nature: forced garbage collection and exact DOM node, listener and heap counts
// come from the DevTools protocol (the memory-after-gc command, test/server/memory-command.mjs).
// The Firefox and WebKit configs leave out every *.chromium.test.ts file.

const CYCLES = 1000;

/** One of each element of src/elements.ts, showing the data of one year. */
const made = () => everyElement({ year: '2023' });

interface Memory {
  nodes: number;
  listeners: number;
  heap: number;
}

/** Live DOM nodes, event listeners and JS heap bytes after full collections. */
async function memory(): Promise<Memory> {
  await new Promise((r) => setTimeout(r, 0)); // end this job, so that WeakRef targets can go
  return (await executeServerCommand<Memory, undefined>('memory-after-gc'))!;
}

const diff = (a: Memory, b: Memory): Memory => ({ nodes: b.nodes - a.nodes, listeners: b.listeners - a.listeners, heap: b.heap - a.heap });
const show = (m: Memory) => `${m.nodes} DOM nodes, ${m.listeners} listeners, ${Math.round(m.heap / 1024)} kB of JS heap`;

/** Adds one of each element, waits until they have settled, removes them; `keep` holds on to them. */
async function cycle(keep?: Element[][]): Promise<Element[]> {
  const els = made();
  const box = document.createElement('div');
  box.append(...els);
  document.body.append(box);
  await settled(els);
  for (const el of els) if (!el.shadowRoot!.querySelector('[part="title"]')) throw new Error(`<${el.localName}> shows no title: "${el.shadowRoot!.textContent}"`);
  box.remove();
  keep?.push(els);
  return els;
}

describe('removing and re-adding every element (Chromium only: forced GC and DOM counters over DevTools)', () => {
  /** What the elements of one cycle cost when something keeps them: the size of a leak. */
  let perCycle: Memory;

  before(async function () {
    this.timeout(30000);
    for (let i = 0; i < 30; i++) await cycle(); // warm-up: compiled code, caches, the dataset
    const kept: Element[][] = [];
    const empty = await memory();
    for (let i = 0; i < 20; i++) await cycle(kept);
    const full = await memory();
    const d = diff(empty, full);
    perCycle = { nodes: d.nodes / kept.length, listeners: d.listeners / kept.length, heap: d.heap / kept.length };
    console.log(`one cycle's elements, kept: ${show(perCycle)}`);
    expect(perCycle.nodes, 'calibration: kept elements show in the counters').to.be.above(100);
  });

  it(`${CYCLES.toLocaleString('en')} times with new elements leaks no memory`, async function () {
    this.timeout(120000);
    const refs: WeakRef<Element>[] = [];
    // In a function of its own: a suspended async frame would keep its last `els` alive.
    const run = async () => {
      for (let i = 0; i < CYCLES; i++) {
        const els = await cycle();
        if (i % 100 === 0) refs.push(...els.map((el) => new WeakRef(el)));
      }
    };
    const before = await memory();
    const started = performance.now();
    await run();
    const took = performance.now() - started;
    const after = await memory();
    const grew = diff(before, after);
    console.log(`${CYCLES} add/render/remove cycles in ${Math.round(took)} ms: before ${show(before)}; grew by ${show(grew)}`);
    expect(refs.filter((r) => r.deref()).length, 'removed elements are collected').to.equal(0);
    expect(grew.nodes, 'DOM nodes: fewer than one cycle leaves').to.be.below(perCycle.nodes);
    expect(grew.listeners, 'event listeners').to.be.at.most(0);
    expect(grew.heap, 'JS heap: less than two cycles of kept elements').to.be.below(2 * perCycle.heap);
  });

  it(`${CYCLES.toLocaleString('en')} times moving the same elements out and back leaks no memory`, async function () {
    this.timeout(120000);
    const els = made();
    const box = document.createElement('div');
    box.append(...els);
    document.body.append(box);
    await settled(els);
    const move = async () => {
      box.remove();
      await new Promise((r) => setTimeout(r, 0));
      document.body.append(box);
      await Promise.all(els.map((el) => (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete));
    };
    for (let i = 0; i < 30; i++) await move();
    const before = await memory();
    for (let i = 0; i < CYCLES; i++) await move();
    const after = await memory();
    const grew = diff(before, after);
    console.log(`${CYCLES} detach/re-attach cycles: grew by ${show(grew)}`);
    for (const el of els) expect(el.shadowRoot!.querySelector('[part="title"]'), el.localName).to.exist;
    expect(grew.nodes, 'DOM nodes').to.be.at.most(0);
    expect(grew.listeners, 'event listeners').to.be.at.most(0);
    expect(grew.heap, 'JS heap').to.be.below(2 * perCycle.heap);
    box.remove();
  });
});
