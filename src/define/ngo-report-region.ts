import { define } from '../base/define.js';
import { NgoReportRegion } from '../components/report-region/ngo-report-region.js';

define('ngo-report-region', NgoReportRegion);

declare global {
  interface HTMLElementTagNameMap {
    'ngo-report-region': NgoReportRegion;
  }
}

export { NgoReportRegion };
