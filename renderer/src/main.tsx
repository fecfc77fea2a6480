// First, so the first screen's reads leave before the rest of the app's code runs.
import './firstReads.js';
import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/notifications/styles.css';
import './app.css';
import { renderApp } from './App.js';

renderApp();
