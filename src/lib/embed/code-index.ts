/**
 * The office -> code page map, built once per build: EmbedOffer sits on every office page (2000+), and
 * regrouping every office into places for each of them would double the build time.
 */
import { loadRegions } from '../collections.ts';
import { once } from '../once.ts';
import { officeCodeHrefs } from './urls.ts';

export const loadOfficeCodeHrefs = once(async (): Promise<Map<string, string>> => officeCodeHrefs(await loadRegions()));
