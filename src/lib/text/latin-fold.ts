/**
 * Latin letters without their marks, for matching typed Latin against Latin names: `Qarağandy`, `Qaragandy`
 * and `QARAĞANDY` give one key; the dotless `ı` and dotted `İ` of the 2021 Kazakh alphabet become `i`
 * (a phone keyboard types neither). Browser-safe.
 */
export function foldLatin(word: string): string {
  return word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/ı/gu, 'i');
}
