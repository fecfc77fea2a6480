import type { DocumentTemplate } from '../../documents/registry.js';
import { bookTemplate } from './book.js';
import { cashTemplateNames } from './data.js';
import { receiptTemplate } from './receipt.js';

export const cashTemplates: Record<string, DocumentTemplate> = {
  [cashTemplateNames.receipt]: receiptTemplate,
  [cashTemplateNames.book]: bookTemplate,
};
