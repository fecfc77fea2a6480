import { employer } from '@contract/settings.js';
import { expect, test } from 'vitest';
import { fieldErrors } from '../../../renderer/src/lib/form.js';
import { translator } from './i18n.js';

const valid = {
  name: 'Kontaktní centrum Přístav, z. s.',
  street: 'Křenová 62',
  city: 'Brno',
  postcode: '602 00',
  ico: '22601007',
  representativeName: 'Mgr. Šárka Dvořáková',
  representativeRole: 'ředitelka',
  payday: 15,
};

test('a form checked with the contract’s schema: nothing when valid, one translated message per field', () => {
  expect(fieldErrors(employer, valid, translator('cs'))).toBeNull();
  const input = { ...valid, postcode: '6020', ico: '12345678', payday: 32, name: 'x'.repeat(121) };
  const cs = fieldErrors(employer, input, translator('cs'));
  const en = fieldErrors(employer, input, translator('en'));
  expect(Object.keys(cs ?? {}).sort()).toEqual(['ico', 'name', 'payday', 'postcode']);
  expect(en?.name).toBe('At most 120 characters.');
  for (const messages of [cs, en]) {
    for (const message of Object.values(messages ?? {})) expect(message).not.toMatch(/^validation\.|\{\{/);
  }
  expect(cs?.name).not.toBe(en?.name);
});
