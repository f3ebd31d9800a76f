import { define } from '../base/define.js';
import { NgoThemeList } from '../components/theme-list/ngo-theme-list.js';
// A region chosen in the list opens as a region card in its place.
import './ngo-report-region.js';

define('ngo-theme-list', NgoThemeList);

declare global {
  interface HTMLElementTagNameMap {
    'ngo-theme-list': NgoThemeList;
  }
}

export { NgoThemeList };
