import { define } from '../base/define.js';
import { NgoReportMap } from '../components/report-map/ngo-report-map.js';

define('ngo-report-map', NgoReportMap);

declare global {
  interface HTMLElementTagNameMap {
    'ngo-report-map': NgoReportMap;
  }
}

export { NgoReportMap };
