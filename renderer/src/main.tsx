import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/notifications/styles.css';
import './app.css';
import { startFirstScreen } from './startup.js';

// This module is kept small: the first reads leave before the rest of the app is loaded and run.
startFirstScreen(window.location.pathname);
void import('./App.js').then(({ renderApp }) => renderApp());
