// First, so the first screen's reads leave before the rest of the app's code runs.
import { firstReadsSent } from './firstReads.js';
import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/notifications/styles.css';
import './app.css';
import { renderApp } from './App.js';

// The screens render once their reads are out (or the lock screen once the lock has answered),
// or take over the first screen browser mode's door drew.
void firstReadsSent.then(renderApp);
