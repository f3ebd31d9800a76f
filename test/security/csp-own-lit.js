// The host page's own Lit (a separate copy from node_modules, registering the Trusted Types policy
// "lit-html"), defining an element before the embed arrives.
import { LitElement, html } from 'lit';

class HostLitCard extends LitElement {
  render() {
    return html`<p>Host Lit card</p>`;
  }
}
customElements.define('host-lit-card', HostLitCard);
window.__hostRan = true;
