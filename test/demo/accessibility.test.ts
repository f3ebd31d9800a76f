import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { axe, closeDemos, configuratorReady, describeViolations, openDemo, overflowsSideways, text, titleOf, widgetsRendered } from './helpers.js';

describe('demo accessibility', () => {
  afterEach(closeDemos);

  // axe checks some 3,000 nodes of the demo page, which takes WebKitGTK close to 10 s.
  it('the demo page has no axe violations once everything has rendered', async function () {
    this.timeout(40000);
    const demo = await openDemo('/demo/');
    await configuratorReady(demo);
    await widgetsRendered(demo.doc);
    demo.$<HTMLDetailsElement>('#table-details').open = true;
    await waitUntil(() => demo.doc.querySelectorAll('#regions-table tbody tr').length > 0, 'the data table stayed empty');
    const result = await axe(demo);
    expect(result.violations, describeViolations(result)).to.deep.equal([]);
  });

  it('the sample article has no axe violations', async function () {
    this.timeout(40000);
    const demo = await openDemo('/demo/article.html');
    await widgetsRendered(demo.doc);
    const result = await axe(demo);
    expect(result.violations, describeViolations(result)).to.deep.equal([]);
  });

  it('the demo page has no axe violations on a 360 px phone either', async function () {
    this.timeout(40000);
    const demo = await openDemo('/demo/', 360, 740);
    await configuratorReady(demo);
    await widgetsRendered(demo.doc);
    const result = await axe(demo);
    expect(result.violations, describeViolations(result)).to.deep.equal([]);
  });

  for (const path of ['/demo/', '/demo/article.html']) {
    it(`${path} does not scroll sideways on a 360 px phone`, async () => {
      const demo = await openDemo(path, 360, 740);
      await widgetsRendered(demo.doc);
      // The viewport is 360 px less any classic scrollbar; the page must fit in it.
      const { scrollWidth, clientWidth } = demo.doc.documentElement;
      expect(clientWidth).to.be.within(340, 360);
      expect(scrollWidth, `content ${scrollWidth} px wide in a ${clientWidth} px viewport`).to.equal(clientWidth);
      expect(overflowsSideways(demo.doc)).to.equal(false);
    });
  }

  it('is usable from the keyboard: type a region, Tab on, and copy with Enter', async () => {
    const demo = await openDemo('/demo/');
    await configuratorReady(demo);
    const copied: string[] = [];
    Object.defineProperty(demo.win.navigator, 'clipboard', { configurable: true, value: { writeText: async (t: string) => void copied.push(t) } });
    const input = demo.$<HTMLInputElement>('#region');
    input.focus();
    input.select();
    // No doubled letters: WebKitGTK's WebDriver drops a repeated key.
    await sendKeys({ type: 'Gansu' });
    await sendKeys({ press: 'Tab' });
    await waitUntil(() => titleOf(demo.$('#preview').firstElementChild!).startsWith('Gansu'), 'the preview did not follow the keyboard');
    expect(demo.$('#snippet').textContent).to.contain('region="gansu"');
    expect(demo.doc.activeElement).to.equal(demo.$('#year'));

    demo.$('#copy').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => text(demo.$('#copy-status')).length > 0, 'Enter on Copy did nothing');
    expect(copied).to.deep.equal([demo.$('#snippet').textContent]);
  });
});
