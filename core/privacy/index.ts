/**
 * What other parts of the app may use from privacy: the change capture the
 * dispatcher installs on its connection.
 */
export { captureChanges, type CallStamp } from './capture.js';
