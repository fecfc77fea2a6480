/** Czech texts of the screen in front of a data file that cannot be opened (the rest is in the contract's `opening`). */
export const csOpeningUi = {
  openingScreen: {
    restore: 'Obnovit tuto zálohu',
    details: 'Podrobnosti',
    loading: 'Zjišťuji, co se stalo se souborem s daty…',
  },
};
