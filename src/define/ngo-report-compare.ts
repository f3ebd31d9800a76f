import { define } from '../base/define.js';
import { NgoReportCompare } from '../components/report-compare/ngo-report-compare.js';

define('ngo-report-compare', NgoReportCompare);

declare global {
  interface HTMLElementTagNameMap {
    'ngo-report-compare': NgoReportCompare;
  }
}

export { NgoReportCompare };
