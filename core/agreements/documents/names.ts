/**
 * Template names of the agreement documents, as use cases put them in a
 * DocumentJob. Apart from the templates, so gathering a paper's data does not
 * load pdfkit (the templates are loaded when a paper is rendered).
 */
export const agreementTemplateNames = {
  agreement: 'agreements.agreement',
  information: 'agreements.information',
  amendment: 'agreements.amendment',
  notice: 'agreements.notice',
} as const;
