import { define } from '../base/define.js';
import { NgoThemeTrend } from '../components/theme-trend/ngo-theme-trend.js';

define('ngo-theme-trend', NgoThemeTrend);

declare global {
  interface HTMLElementTagNameMap {
    'ngo-theme-trend': NgoThemeTrend;
  }
}

export { NgoThemeTrend };
