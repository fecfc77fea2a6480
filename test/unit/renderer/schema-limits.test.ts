import { describe, expect, test } from 'vitest';
import { clientInput } from '../../../core/contract/clients.js';
import { contract } from '../../../core/contract/index.js';
import { maxLengthOf } from '../../../renderer/src/lib/schemaLimits.js';

describe('the length limit a form shows is the one the contract enforces', () => {
  test('through optional, nullable and transformed fields of a refined schema', () => {
    expect(maxLengthOf(clientInput, 'notes')).toBe(2000);
    expect(maxLengthOf(contract['schedule.cancelShift'].input, 'reason')).toBe(200);
  });

  test('no limit for fields that are not text or not there', () => {
    expect(maxLengthOf(clientInput, 'birthDate')).toBeNull();
    expect(maxLengthOf(clientInput, 'noSuchField')).toBeNull();
  });
});
