// First, so the first screen's reads leave before the rest of the app's code runs.
import { drawn, firstReadsSent } from './firstReads.js';
import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/notifications/styles.css';
import './app.css';

/**
 * The app's code runs the moment it has loaded, and running it takes the
 * thread for a few hundred milliseconds. A board browser mode's door drew is
 * put on screen first: its code is imported after the next paint (or 100 ms
 * at most, as a tab in the background paints nothing).
 */
const painted = () =>
  Promise.race([
    new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))),
    new Promise<void>((resolve) => setTimeout(resolve, 100)),
  ]);
const appCode = drawn ? painted().then(() => import('./App.js')) : import('./App.js');

// The screens render once their reads are out (or the lock screen once the lock has answered),
// or take over the first screen browser mode's door drew.
void Promise.all([firstReadsSent, appCode]).then(([, { renderApp }]) => renderApp(drawn));
