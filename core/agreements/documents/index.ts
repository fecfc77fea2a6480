import type { DocumentTemplate } from '../../documents/registry.js';
import { agreementTemplate } from './agreement.js';
import { amendmentTemplate } from './amendment.js';
import { informationTemplate } from './information.js';
import { noticeTemplate } from './notice.js';
import { agreementTemplateNames } from './names.js';

export { agreementTemplateNames };

export const agreementTemplates: Record<string, DocumentTemplate> = {
  [agreementTemplateNames.agreement]: agreementTemplate,
  [agreementTemplateNames.information]: informationTemplate,
  [agreementTemplateNames.amendment]: amendmentTemplate,
  [agreementTemplateNames.notice]: noticeTemplate,
};
