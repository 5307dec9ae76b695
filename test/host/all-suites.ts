// Every host suite, one file per feature, in the order they run. Shared by the web entry (index.ts) and the desktop
// one (desktop.ts). A suite joins this list once the feature it tests has landed in src/extension/.
import './suites/activation';
import './suites/network';
