/**
 * Turns placed cell texts into `RawOfficeCells`, cutting what a cell holds for another column: 002 writes
 * address and phones in one cell (`..., Ағыбай батыр көшесі, 23 тел/факс (71036) 53953`).
 */
import type { RawOfficeCells } from '../../types.ts';
import type { ColumnKind } from './tabbed-columns.ts';
import { PHONE_LABEL } from './tabbed-dictionary.ts';

/** Splits `<address> тел. ... факс ...` at the first phone label; the address keeps everything before. */
export function splitAddressPhones(text: string): { address: string; phones: string | undefined } {
  const at = text.search(PHONE_LABEL);
  if (at <= 0) return { address: text, phones: undefined };
  const address = text
    .slice(0, at)
    .replace(/[\s,;]+$/u, '')
    .trim();
  return address ? { address, phones: text.slice(at).trim() } : { address: text, phones: undefined };
}

/** The cells of a row by column kind; empty cells are left out (absent, not ''). */
export function toCells(
  texts: readonly (string | undefined)[],
  columns: readonly ColumnKind[],
  options: { splitAddressPhones?: boolean; extraPhonesNote?: string },
): { number: string | null; cells: RawOfficeCells } {
  const at = (kind: ColumnKind): string | undefined => {
    const text = texts[columns.indexOf(kind)]?.trim();
    return text ? text : undefined;
  };
  const cells: RawOfficeCells = { name: at('name') ?? '' };
  const set = (key: Exclude<keyof RawOfficeCells, 'name'>, value: string | undefined): void => {
    if (value !== undefined) cells[key] = value;
  };
  let address = at('address');
  let phones = at('phones');
  if (options.splitAddressPhones && address !== undefined) {
    const split = splitAddressPhones(address);
    address = split.address;
    phones = [split.phones, phones].filter((p) => p !== undefined).join(' ') || undefined;
  }
  set('address', address);
  set('phones', phones);
  set('extraPhones', at('extraPhones'));
  if (cells.extraPhones !== undefined) set('extraPhonesNote', options.extraPhonesNote);
  set('contacts', at('contacts'));
  set('hours', at('hours'));
  set('receptions', at('receptions'));
  set('unit', at('unit'));
  return { number: at('number')?.replace(/\.$/u, '') ?? null, cells };
}
