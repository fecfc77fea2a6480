import i18next from 'i18next';
import { describe, expect, test } from 'vitest';
import { DomainError } from '../../../core/api/domain-error.js';
import { contractMessages, findMessage, isMessageKey, translate } from '../../../core/contract/i18n.js';
import { csAgreements } from '../../../core/contract/messages/cs/agreements.js';
import { csClients } from '../../../core/contract/messages/cs/clients.js';
import { csCommon } from '../../../core/contract/messages/cs/common.js';
import { csSchedule } from '../../../core/contract/messages/cs/schedule.js';
import { csSettings } from '../../../core/contract/messages/cs/settings.js';

type Tree = { readonly [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[prefix + key, value] as [string, string]] : leaves(value, `${prefix}${key}.`),
  );
}

const plural = /_(zero|one|two|few|many|other)$/;
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1] ?? '').sort();

describe('the catalogues', () => {
  test('English has every Czech text, a plural group at least in its "other" form', () => {
    const en = new Map(leaves(contractMessages.en));
    const cs = new Map(leaves(contractMessages.cs));
    for (const key of cs.keys()) {
      const wanted = plural.test(key) ? key.replace(plural, '_other') : key;
      expect(en.has(wanted), wanted).toBe(true);
    }
    for (const key of en.keys()) {
      expect(cs.has(key), key).toBe(true);
    }
  });

  test('both languages fill in the same placeholders', () => {
    // Czech alone needs its preposition "z/ze" chosen by the number that follows.
    const czechOnly: Record<string, string[]> = { 'present.outOf': ['from'] };
    const en = new Map(leaves(contractMessages.en));
    for (const [key, text] of leaves(contractMessages.cs)) {
      const other = en.get(key) ?? en.get(key.replace(plural, '_other')) ?? '';
      const wanted = placeholders(text).filter((name) => !czechOnly[key]?.includes(name));
      expect([...new Set(placeholders(other))], key).toEqual([...new Set(wanted)]);
    }
  });

  test('no two domains name the same field or validation text', () => {
    for (const part of ['fields', 'validation'] as const) {
      const keys = [csCommon, csClients, csSettings, csAgreements, csSchedule].flatMap((d) => Object.keys(d[part]));
      expect(keys.length, part).toBe(new Set(keys).size);
    }
  });
});

describe('translate', () => {
  test('fills in placeholders', () => {
    expect(translate('en', 'errors.unknownMethod', { method: 'x.y' })).toBe('Unknown operation "x.y".');
  });

  test.each([
    [1, 'Na směně je zapsán 1 klient, míst proto nemůže být méně.'],
    [2, 'Na směně jsou zapsáni 2 klienti, míst proto nemůže být méně.'],
    [4, 'Na směně jsou zapsáni 4 klienti, míst proto nemůže být méně.'],
    [5, 'Na směně je zapsáno 5 klientů, míst proto nemůže být méně.'],
    [21, 'Na směně je zapsáno 21 klientů, míst proto nemůže být méně.'],
    [22, 'Na směně je zapsáno 22 klientů, míst proto nemůže být méně.'],
  ])('picks the Czech plural form for a count of %i', (count, text) => {
    expect(translate('cs', 'errors.schedule.placesBelowBooked', { count })).toBe(text);
  });

  test('English has one and other', () => {
    expect(translate('en', 'errors.schedule.placesBelowBooked', { count: 1 })).toMatch(/^1 client is booked/);
    expect(translate('en', 'errors.schedule.placesBelowBooked', { count: 2 })).toMatch(/^2 clients are booked/);
  });

  test('i18next picks the same plural forms from the same catalogue', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({
      resources: { cs: { translation: contractMessages.cs }, en: { translation: contractMessages.en } },
      lng: 'cs',
      fallbackLng: 'en',
      interpolation: { escapeValue: false },
    });
    for (const lng of ['cs', 'en'] as const) {
      for (const count of [1, 2, 4, 5, 21, 22]) {
        expect(i18n.t('errors.schedule.placesBelowBooked', { lng, count })).toBe(
          translate(lng, 'errors.schedule.placesBelowBooked', { count }),
        );
        expect(i18n.t('present.days', { lng, count })).toBe(translate(lng, 'present.days', { count }));
      }
    }
  });

  test('a key known only at run time is looked up, plural groups included', () => {
    expect(findMessage('cs', 'fields.hourlyRate')).toBe('Hodinová odměna');
    expect(findMessage('cs', 'fields.noSuchField')).toBeUndefined();
    expect(isMessageKey('validation.tooLong')).toBe(true);
    expect(isMessageKey('validation.noSuchRule')).toBe(false);
  });
});

describe('keys are types', () => {
  // The typecheck (tsc over test/) fails if these lines compile without an error.
  test('a refusal or a text without a message does not compile', () => {
    // @ts-expect-error: no message under errors.schedule has this key
    expect(new DomainError('schedule.noSuchRule').code).toBe('schedule.noSuchRule');
    // @ts-expect-error: a reason put into another message is not an error code
    expect(new DomainError('schedule.notRestored.full').code).toBe('schedule.notRestored.full');
    // @ts-expect-error: the catalogue has no such text
    expect(translate('cs', 'present.noSuchText')).toBe('present.noSuchText');
    expect(new DomainError('schedule.placesBelowBooked', { count: 2 }).code).toBe('schedule.placesBelowBooked');
  });
});
