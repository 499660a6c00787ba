// Loaded by mocha before any test file (.mocharc.json `require`): the suite reads the real reports in
// ../shared/reports, and without them every file that reads one would fail at loading with a bare ENOENT.
import { existsSync } from 'fs';
import { REPORT_FILES, REPORTS_DIR } from './reports';

const missing = REPORT_FILES.filter((name) => !existsSync(`${REPORTS_DIR}/${name}`));
if (missing.length) {
  process.stderr.write(
    `The tests read the real reports in ${REPORTS_DIR}, and ${missing.length === REPORT_FILES.length ? 'that folder is not there' : `${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} not there`}.\n` +
      'Clone this repository beside the shared/ folder (the repository and shared/ in one parent folder), then run npm test again.\n',
  );
  process.exit(1);
}
