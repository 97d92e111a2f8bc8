/**
 * How a place is named where no `lang="kk"` can mark a Kazakh name: the document title and the map's
 * accessible name. A Russian page uses the reviewed Russian name there, and without one the title keeps
 * the name as written while the map label goes without it.
 */
import type { Lang } from '../../i18n/index.ts';
import type { UiDictionary } from '../../i18n/types.ts';
import type { RussianPlaceName } from '../../schemas/russian-names.ts';
import { titleName } from './title.ts';

export interface PlaceTitle {
  /** For `<title>`. */
  text: string;
  /** The map's `aria-label`. */
  map: (t: UiDictionary) => string;
}

export function placeTitle(name: string, russian: Pick<RussianPlaceName, 'ru'> | null, lang: Lang): PlaceTitle {
  const plain = lang === 'kk' ? name : (russian?.ru ?? null);
  return {
    text: titleName(lang, name, russian),
    map: (t) => (plain ? t['place.mapLabelOf'](plain) : t['place.mapLabel']),
  };
}
