import type { ClientInput } from '../contract/clients.js';
import { addDays } from '../contract/dates.js';
import { femaleFirstNames, maleFirstNames, nicknames, streets, surnames, towns } from './names.js';
import { pick } from './random.js';

const insurers = ['111', '111', '111', '201', '205', '207', '211'] as const;

/** A plausible client record; birth dates between 20 and 65 years before `today`. */
export function demoClient(random: () => number, index: number, today: string): ClientInput {
  const female = random() < 0.25;
  const [masculine, feminine] = pick(random, surnames);
  const firstName = pick(random, female ? femaleFirstNames : maleFirstNames);
  const birthDate = addDays(today, -Math.floor((20 + random() * 45) * 365.25));
  const [city, postcode] = pick(random, towns);
  const homeless = random() < 0.6;
  const declaration = random() < 0.4;
  const bank = random() < 0.15;
  return {
    code: `K-${String(index).padStart(4, '0')}`,
    firstName,
    lastName: female ? feminine : masculine,
    nickname: random() < 0.3 ? pick(random, nicknames) : null,
    birthDate,
    street: homeless ? 'Městský úřad (úřední adresa)' : `${pick(random, streets)} ${1 + Math.floor(random() * 120)}`,
    city,
    postcode,
    healthInsurer: pick(random, insurers),
    phone:
      random() < 0.5
        ? `+420 ${String(600000000 + Math.floor(random() * 99999999)).replace(/(\d{3})(\d{3})(\d{3})/, '$1 $2 $3')}`
        : null,
    paymentMethod: bank ? 'bank' : 'cash',
    bankAccount: bank ? '1234567004/0800' : null,
    taxDeclarationSigned: declaration,
    taxDeclarationSince: declaration ? addDays(today, -Math.floor(random() * 700)) : null,
    notes: null,
    allowDuplicate: true,
  };
}
