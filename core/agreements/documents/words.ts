/** File names of the agreement documents. */
import { foldText } from '../../contract/text.js';

/** A plain file name: "dohoda-2026-014-stastny-rehor.pdf". */
export function fileNameOf(prefix: string, number: string, person: { firstName: string; lastName: string }): string {
  const slug = foldText(`${prefix} ${number} ${person.lastName} ${person.firstName}`)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${slug}.pdf`;
}
