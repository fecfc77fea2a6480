import type { Shape } from '../shape.js';
import type { csAgreements } from '../cs/agreements.js';

/** English texts of the work-activity agreements (DPČ) and their amendments. */
export const enAgreements: Shape<typeof csAgreements> = {
  errors: {
    tooYoung:
      'The client may work only from the age of {{age}} (Civil Code § 35, Labour Code § 6). The agreement can start on {{from}} at the earliest.',
    schoolingNotConfirmed:
      'The client is under {{age}} on the first day: confirm that they have finished compulsory schooling (Civil Code § 35).',
    worseRetroactive:
      'The amendment worsens the terms ({{terms}}), so it can take effect on {{date}}, the day it is signed, at the earliest (pay already earned cannot be lowered). Only a change for the better can be back-dated.',
    deliveredInFuture:
      'Notice is recorded once it has been delivered, so the day cannot be later than today. To hand it over later, print it with "Prepare notice" and record it when delivered.',
    plannedDeliveryPast:
      'The planned delivery day has passed. If the notice was delivered, record it with "End agreement".',
    rateBelowMinimum:
      'The hourly pay {{rate}} is below the minimum wage of {{minimum}} valid from {{from}}. Raise the pay to at least the minimum wage.',
    scopeTooLarge:
      'The agreed scope of {{scope}} a week is more than the law allows for a work-activity agreement (at most {{limit}} a week on average).',
    overlaps:
      'The client already has agreement No. {{number}} ({{period}}). A client can have only one work-activity agreement at a time.',
    employerIncomplete: 'Before printing, complete the organisation’s details in Settings: {{fields}}.',
    clientInactive: 'The client is deactivated. Agreements are made with active clients only.',
    notEditable: 'Agreement No. {{number}} is signed, so it cannot be changed or deleted. Make an amendment instead.',
    notPrinted: 'Print agreement No. {{number}} first. The printed agreement is what gets signed.',
    signedInFuture: 'The signing date cannot be later than today.',
    signedAfterStart:
      'The agreement starts on {{from}} but was signed only on {{signedOn}}. Work can start only after signing: change the start date and print the agreement again.',
    notSigned: 'Agreement No. {{number}} is not signed.',
    alreadyEnded: 'Agreement No. {{number}} has already ended.',
    notEnded: 'Agreement No. {{number}} has not ended.',
    hasAmendments: 'Agreement No. {{number}} has amendments, so its signature cannot be taken back.',
    endBeforeSigning: 'The agreement cannot end before it was signed ({{signedOn}}).',
    endAfterExpiry:
      'The agreement ends on {{end}} anyway, when its agreed period runs out. Enter an earlier end, at the latest {{end}}.',
    noticeAfterExpiry:
      'The notice period would run until {{endedOn}}, but the agreement already ends on {{end}} when its agreed period runs out.',
    deliveredBeforeSigning: 'Notice cannot have been delivered before the agreement was signed ({{signedOn}}).',
    noExpiry: 'The agreement is open-ended, so it cannot end by expiry.',
    notYetExpired: 'The agreed period runs until {{end}}. Record the end by expiry after that.',
    pendingAmendment:
      'Agreement No. {{number}} has amendment No. {{seq}} in preparation. Sign it or throw it away first.',
    amendmentNoChange: 'The amendment changes nothing. Change at least one term.',
    amendmentOutsidePeriod: 'The amendment must take effect within the agreement’s period ({{period}}).',
    amendmentEndBeforeEffect: 'The new end of the agreement cannot come before the amendment takes effect.',
    amendmentBeforePrevious: 'The amendment must take effect after amendment No. {{seq}} ({{date}}).',
    amendmentSigned: 'Amendment No. {{seq}} is already signed.',
    amendmentNotPrinted: 'Print amendment No. {{seq}} first. The printed amendment is what gets signed.',
    amendmentSignedBeforeAgreement: 'The amendment cannot have been signed before the agreement ({{signedOn}}).',
    notByNotice: 'Agreement No. {{number}} was not ended by notice, so there is no notice to print.',
    notPrintedYet: 'Agreement No. {{number}} has not been printed yet.',
    notAmendable: 'Only a signed agreement can be amended.',
    notBelowMinimum: 'The pay under agreement No. {{number}} reaches the minimum wage, so no amendment is needed.',
  },
  warnings: {
    youngEmployee:
      'The client is {{age}}, a young employee until {{adultOn}} (under {{adultAge}}). Labour Code §§ 243–247: no night work (22:00–6:00), no work unsuitable for their age and health, at most 8 hours a day and 40 a week, a break after 4.5 hours.',
  },
  validation: {
    scopeTooSmall: 'Enter a scope above zero.',
    scopeTooBig: 'A week has only 168 hours.',
  },
  fields: {
    schoolingConfirmed: 'Compulsory schooling finished',
    kind: 'Kind of agreement',
    number: 'Agreement number',
    workDescription: 'Agreed work',
    workplace: 'Place of work',
    weeklyMinutes: 'Agreed scope (weekly average)',
    hourlyRate: 'Hourly pay',
    advanceShareBp: 'Advance after a shift',
    noticeDays: 'Notice period (days)',
    noticeTerms: 'Terms of ending',
    signedOn: 'Signed on',
    endedOn: 'Last day of the agreement',
    noticeBy: 'Notice given by',
    deliveredOn: 'Notice delivered on',
    effectiveFrom: 'Effective from',
    agreementId: 'Agreement',
    agreementIds: 'Agreements',
    documentId: 'Document',
    ids: 'Amendments',
    lang: 'Document language',
    states: 'State',
    shiftScheduling: 'How shifts are scheduled',
    signingPlace: 'Place of signing (after “V”, Czech)',
    additionalInformation: 'Further information for the employee',
    workDescriptionEn: 'Agreed work (English)',
    noticeTermsEn: 'Terms of ending (English)',
    shiftSchedulingEn: 'How shifts are scheduled (English)',
    additionalInformationEn: 'Further information for the employee (English)',
    watchDays: 'Warn before an agreement ends (days)',
  },
};
