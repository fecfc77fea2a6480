import { employer } from '@contract/settings.js';
import { expect, test } from 'vitest';
import { fieldMessage } from '../../../renderer/src/api/errors.js';
import { contractResolver } from '../../../renderer/src/lib/form.js';
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

type Values = Record<string, unknown>;
const resolve = contractResolver<Values, unknown>(
  employer,
  (values) => values,
  () => ({}),
);
const check = async (values: Values) =>
  (await resolve(values, undefined, { fields: {}, shouldUseNativeValidation: false })) as {
    values: Values;
    errors: Record<string, { message: string }>;
  };

test('a form checked with the contract’s schema: nothing when valid, one translated message per field', async () => {
  expect((await check(valid)).errors).toEqual({});
  const input = { ...valid, postcode: '6020', ico: '12345678', payday: 32, name: 'x'.repeat(121) };
  const { errors } = await check(input);
  expect(Object.keys(errors).sort()).toEqual(['ico', 'name', 'payday', 'postcode']);
  const cs = Object.fromEntries(Object.entries(errors).map(([k, e]) => [k, fieldMessage(e.message, translator('cs'))]));
  const en = Object.fromEntries(Object.entries(errors).map(([k, e]) => [k, fieldMessage(e.message, translator('en'))]));
  expect(en.name).toBe('At most 120 characters.');
  for (const messages of [cs, en]) {
    for (const message of Object.values(messages)) expect(message).not.toMatch(/^validation\.|\{\{/);
  }
  expect(cs.name).not.toBe(en.name);
});
