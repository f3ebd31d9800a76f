import { define } from '../base/define.js';
import { NgoThemeList } from '../components/theme-list/ngo-theme-list.js';

define('ngo-theme-list', NgoThemeList);

declare global {
  interface HTMLElementTagNameMap {
    'ngo-theme-list': NgoThemeList;
  }
}

export { NgoThemeList };
