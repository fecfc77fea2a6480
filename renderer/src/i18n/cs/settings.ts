/** Czech texts of the screens: settings. */
export const csSettings = {
  settings: {
    title: 'Nastavení',
    tabs: {
      employer: 'Organizace',
      parameters: 'Zákonné a mzdové údaje',
      holidays: 'Svátky',
      agreements: 'Dohody',
      schedule: 'Směny',
      coordinator: 'Osobní',
      attendance: 'Příchody',
      privacy: 'Soukromí',
    },
    coordinator: {
      intro: 'Vaše jméno se zapisuje u každé změny, zápisu na směnu a výjimky z pravidel jako ten, kdo ji udělal.',
      welcome: 'Vítejte v Shiftbooku. Jak se jmenujete?',
      later: 'Později',
    },
    yearTurn: {
      ask: 'Od {{from}} platí nové zákonné a mzdové údaje na rok {{year}} (minimální mzda, pojištění, daň). Zadejte je, než je budou potřebovat dohody a výplaty.',
      link: 'Zadat údaje na rok {{year}}',
    },
    employer: {
      intro: 'Údaje o organizaci jako zaměstnavateli se tisknou na dohody a výplatní pásky.',
      incomplete: 'Před tiskem dohod doplňte: {{fields}}.',
      complete: 'Údaje o organizaci jsou úplné.',
      paydayHint: 'Den v měsíci, kdy se vyplácí doplatek mzdy za předchozí měsíc.',
    },
    parameters: {
      intro:
        'Zákonné částky a sazby s obdobím platnosti. Když se od 1. ledna změní minimální mzda, přidejte nové období.',
      add: 'Přidat období',
      editTitle: 'Období {{from}} – {{to}}',
      newTitle: 'Nové období',
      period: 'Období',
      deleteTitle: 'Smazat období?',
      deleteConfirm: 'Smazat období {{from}} – {{to}}?',
      deleteSubmit: 'Smazat období',
      deleted: 'Období bylo smazáno.',
      hours: 'h',
      days: 'dní',
      years: 'let',
      weeks: 'týdnů',
      groups: {
        wage: 'Mzda',
        premiums: 'Příplatky',
        insurance: 'Pojištění',
        tax: 'Daň',
        agreement: 'Dohoda a rozvrh',
        age: 'Věk',
      },
    },
    holidays: {
      intro:
        'Státní svátky a ostatní svátky, ve které je volno (zákon č. 245/2000 Sb.). Směny ze vzoru, které na ně připadnou, se neotevřou k zápisu, dokud je neotevřete; za práci ve svátek náleží příplatek. Opravte zde, co neodpovídá.',
      title: 'Svátky v roce {{year}}',
      previousYear: 'Předchozí rok',
      nextYear: 'Další rok',
      empty: 'Na rok {{year}} nejsou zapsané žádné svátky. Přidejte je, aby je týdenní rozpis znal.',
      add: 'Přidat svátek',
      newTitle: 'Nový svátek',
      editTitle: 'Svátek {{date}}',
      dateFixed: 'Svátek se pozná podle data. Je-li den špatně, svátek smažte a přidejte znovu.',
      deleteTitle: 'Smazat svátek?',
      deleteConfirm: 'Smazat svátek {{name}} ({{date}})?',
      deleteSubmit: 'Smazat svátek',
      deleted: 'Svátek {{name}} byl smazán.',
    },
    agreements: {
      intro:
        'Čím se předvyplní nová dohoda a jaké texty se tisknou na dohody a informace o pracovních podmínkách. Zákonné částky (minimální mzda, limit rozsahu, výpovědní doba) jsou v záložce Zákonné a mzdové údaje.',
      workplaceHint: 'Když zůstane prázdné, použije se adresa organizace.',
      signingPlaceHint: 'Jak se píše po „V“ (např. Brně); když zůstane prázdné, místo se vyplní rukou.',
      shiftSchedulingHint: 'Tiskne se na informaci o pracovních podmínkách.',
      additionalInformationHint: 'Např. školení nebo kolektivní smlouva; tiskne se na informaci o podmínkách.',
      englishTitle:
        'Texty pro dohody v angličtině (nová dohoda je dostane, je-li aplikace v angličtině; tisknou se na anglické informaci o podmínkách)',
      watchDaysHint: 'Jak dlouho předem se dohoda objeví v seznamu „Končí“.',
    },
    language: {
      intro: 'Jazyk obrazovek a nově tištěných dokumentů.',
      cs: 'Čeština',
      en: 'English',
      changed: 'Jazyk byl změněn.',
    },
  },
};
