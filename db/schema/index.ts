export * from './audit.js';
export * from './clients.js';
export * from './settings.js';
export * from './agreements.js';
export * from './schedule.js';
export * from './cash.js';
export * from './attendance.js';
export * from './privacy.js';
