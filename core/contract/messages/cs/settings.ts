/** Czech texts of the settings: the organisation and the yearly legal and pay figures. */
export const csSettings = {
  errors: {
    parametersOverlap: 'Období se překrývá s obdobím {{from}} – {{to}}.',
    noParameters: 'Pro den {{date}} nejsou zadány zákonné a mzdové parametry. Doplňte je v Nastavení.',
    storedInvalid:
      'Nastavení „{{setting}}“ uložené v databázi je neplatné ({{problem}}). Nic se nepoužilo ani nezměnilo: zkontrolujte údaje v Nastavení a uložte je znovu, nebo obnovte databázi ze zálohy.',
  },
  /** Names of the stored settings documents, for messages about them. */
  names: {
    coordinator: 'Jméno koordinátora',
    employer: 'Údaje o organizaci',
    preferences: 'Jazyk',
    agreements: 'Dohody',
    schedule: 'Pravidla zapisování',
  },
  validation: {
    ico: 'IČO není platné (8 číslic s kontrolní číslicí).',
    payday: 'Výplatní den je den v měsíci 1–31.',
  },
  fields: {
    coordinatorName: 'Vaše jméno',
    name: 'Název organizace',
    ico: 'IČO',
    representativeName: 'Jméno zástupce',
    representativeRole: 'Funkce zástupce',
    payday: 'Výplatní den',
    validFrom: 'Platí od',
    validTo: 'Platí do',
    minWageHourly: 'Minimální mzda za hodinu',
    minWageMonthly: 'Minimální mzda za měsíc',
    insuranceThresholdMonthly: 'Rozhodný příjem DPČ pro pojištění (měsíčně)',
    employeeSocialRate: 'Sociální pojištění – zaměstnanec',
    employeeHealthRate: 'Zdravotní pojištění – zaměstnanec',
    employerSocialRate: 'Sociální pojištění – zaměstnavatel',
    employerHealthRate: 'Zdravotní pojištění – zaměstnavatel',
    incomeTaxRate: 'Sazba daně z příjmů',
    taxpayerCreditMonthly: 'Sleva na poplatníka (měsíčně)',
    advanceTaxRoundingLimit: 'Hranice zaokrouhlení základu zálohové daně',
    maxAverageWeeklyMinutes: 'Nejvýše průměrně týdně (DPČ)',
    noticePeriodDays: 'Výpovědní doba (dny)',
    scheduleNoticeDays: 'Oznámení rozvrhu předem (dny)',
    weekendPremiumRate: 'Příplatek za sobotu a neděli (z průměrného výdělku)',
    holidayPremiumRate: 'Příplatek za svátek (z průměrného výdělku)',
    minimumWorkAge: 'Nejnižší věk pro práci',
    adultAge: 'Mladistvý do věku',
  },
} as const;
