// The host page's own Lit element, defined before the embed runs (test/hostile/pages/other-lit.html).
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
