/**
 * Name rules shared by the schemas and the privacy gate: the bottom layer (ARCHITECTURE.md).
 * Code outside this folder imports from here.
 */
export { isCompoundSurname, isSingleSurname, isSurname, leadingSurname } from './surnames.ts';
export { aliasFor, isAnonymizedOrganizationAlias, isAnonymizedPersonAlias } from './aliases.ts';
export { canBeGivenNameChar, givenNameCharScore, isCommonTextChar } from './given-names.ts';
export { endsInSurname, isIdiom, isNotAGivenName, isSurnameWord, startsPredicate, startsWithNameChar } from './lexicon.ts';
export { isHistoricalFigure } from './historical.ts';
export { isCompleteName, isHistoricalPeriod, MODERN_PERIODS } from './vouched.ts';
