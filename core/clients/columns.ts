import { clients } from '../../db/schema/index.js';

/** How other records name a client: code, name, birth date and whether active. */
export const clientRefColumns = {
  id: clients.id,
  code: clients.code,
  firstName: clients.firstName,
  lastName: clients.lastName,
  birthDate: clients.birthDate,
  active: clients.active,
};

/** How the sign-up sheet names a person on it (the contract's PersonView). */
export const clientPersonColumns = {
  clientId: clients.id,
  code: clients.code,
  firstName: clients.firstName,
  lastName: clients.lastName,
  nickname: clients.nickname,
};
