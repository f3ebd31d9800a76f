// The host page's own Lit element, defined before the embed arrives (the other-lit and csp-own-lit
// pages of test/pages/pages.mjs). A separate copy of Lit from node_modules: under Trusted Types it
// registers the policy "lit-html" before the embed asks for its own.
import { LitElement, html, css } from 'lit';

class HostLitCard extends LitElement {
  static styles = css`
    p {
      margin: 0;
      padding: 8px;
      border: 2px dashed #999;
    }
  `;
  render() {
    return html`<p>The page's own Lit element</p>`;
  }
}
customElements.define('host-lit-card', HostLitCard);
window.__hostRan = true;
