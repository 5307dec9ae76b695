// Every host suite, one file per feature, in the order they run. Shared by the web entry (index.ts) and the desktop
// one (desktop.ts). A suite whose feature has not landed yet says so with `{ awaiting: ... }` in its hostSuite call
// (see define.ts): it is skipped unless the run asks for pending suites.
import './suites/activation';
import './suites/highlights';
import './suites/hover';
import './suites/tree';
import './suites/diagnostics';
import './suites/symbols';
import './suites/status-bar';
import './suites/confidence';
import './suites/commands';
import './suites/registry';
import './suites/edit';
import './suites/large';
import './suites/unchanged';
import './suites/network';
