import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { dataFilePath, defaultDataDir } from '../../../core/doors/paths.js';

// The desktop app and browser mode must open the same file for the same variables.
describe('the database file a door opens', () => {
  const electronFolder = '/home/eva/.config/Shiftbook';

  test('SHIFTBOOK_DB wins, read from where the app was started', () => {
    const env = { SHIFTBOOK_DB: 'demo.sqlite', SHIFTBOOK_DATA_DIR: '/srv/data' };
    expect(dataFilePath(env, electronFolder)).toBe(path.resolve('demo.sqlite'));
    expect(dataFilePath(env)).toBe(path.resolve('demo.sqlite'));
  });

  test('SHIFTBOOK_DATA_DIR names the folder for the desktop app as for browser mode', () => {
    const env = { SHIFTBOOK_DATA_DIR: '/srv/data' };
    expect(dataFilePath(env, electronFolder)).toBe('/srv/data/shiftbook.sqlite');
    expect(dataFilePath(env)).toBe('/srv/data/shiftbook.sqlite');
  });

  test('without either, the app-data folder', () => {
    expect(dataFilePath({}, electronFolder)).toBe('/home/eva/.config/Shiftbook/shiftbook.sqlite');
    expect(dataFilePath({})).toBe(path.join(defaultDataDir({}), 'shiftbook.sqlite'));
  });
});
