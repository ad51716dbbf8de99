/** The review commands' identifiers, as package.json declares them (code actions and hovers offer them). */
export const REVIEW_COMMANDS = {
  setSpeaker: 'onTheRecord.setSpeaker',
  notQuotation: 'onTheRecord.notQuotation',
  resetToAutomatic: 'onTheRecord.resetToAutomatic',
  markVerified: 'onTheRecord.markVerified',
  markDisputed: 'onTheRecord.markDisputed',
  clearStatus: 'onTheRecord.clearStatus',
  filterQuotes: 'onTheRecord.filterQuotes',
  notAPerson: 'onTheRecord.notAPerson',
  samePersonAs: 'onTheRecord.samePersonAs',
  notSamePerson: 'onTheRecord.notSamePerson',
  resetName: 'onTheRecord.resetName',
} as const;
