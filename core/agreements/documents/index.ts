import type { DocumentTemplate } from '../../documents/registry.js';
import { agreementTemplate } from './agreement.js';
import { amendmentTemplate } from './amendment.js';
import { informationTemplate } from './information.js';
import { noticeTemplate } from './notice.js';

/** Template names of the agreement documents, as use cases put them in a DocumentJob. */
export const agreementTemplateNames = {
  agreement: 'agreements.agreement',
  information: 'agreements.information',
  amendment: 'agreements.amendment',
  notice: 'agreements.notice',
} as const;

export const agreementTemplates: Record<string, DocumentTemplate> = {
  [agreementTemplateNames.agreement]: agreementTemplate,
  [agreementTemplateNames.information]: informationTemplate,
  [agreementTemplateNames.amendment]: amendmentTemplate,
  [agreementTemplateNames.notice]: noticeTemplate,
};
