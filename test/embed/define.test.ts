import { expect } from '@open-wc/testing';
import { define, VERSION } from '../../src/base/define.js';

describe('guarded define', () => {
  it('registers a free name and ignores the same class again', () => {
    class A extends HTMLElement {
      static version = VERSION;
    }
    define('ngo-test-a', A);
    expect(() => define('ngo-test-a', A)).not.to.throw();
    expect(customElements.get('ngo-test-a')).to.equal(A);
  });

  it('keeps the definition already there and warns once when another version holds the name', () => {
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      class Old extends HTMLElement {
        static version = '0.0.1';
      }
      class New1 extends HTMLElement {
        static version = VERSION;
      }
      class New2 extends HTMLElement {
        static version = VERSION;
      }
      customElements.define('ngo-test-b', Old);
      customElements.define('ngo-test-c', class extends Old {});
      define('ngo-test-b', New1);
      define('ngo-test-c', New2);
      expect(customElements.get('ngo-test-b')).to.equal(Old);
      expect(warnings).to.have.length(1);
      expect(String(warnings[0]![0])).to.contain('already defined by version 0.0.1');
    } finally {
      console.warn = warn;
    }
  });
});
