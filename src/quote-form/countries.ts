/**
 * Countries and their international calling codes (ITU-T E.164), for the residence list and the
 * phone prefix. Names come from Intl.DisplayNames in the page's language, so this list holds codes
 * only: ISO 3166-1 alpha-2 followed by the calling code, without spaces (they cost 100 B gzipped).
 */
import { regionName } from '../core/format.js';

const TABLE =
  'AD376AE971AF93AG1AL355AM374AO244AR54AT43AU61AZ994BA387BB1BD880BE32BF226BG359BH973BI257BJ229BN673' +
  'BO591BR55BS1BT975BW267BY375BZ501CA1CD243CF236CG242CH41CI225CL56CM237CN86CO57CR506CU53CV238CY357CZ420' +
  'DE49DJ253DK45DM1DO1DZ213EC593EE372EG20ER291ES34ET251FI358FJ679FR33GA241GB44GD1GE995GH233GM220GN224' +
  'GQ240GR30GT502GW245GY592HK852HN504HR385HT509HU36ID62IE353IL972IN91IQ964IR98IS354IT39JM1JO962JP81' +
  'KE254KG996KH855KM269KN1KR82KW965KZ7LA856LB961LC1LI423LK94LR231LS266LT370LU352LV371LY218MA212MC377' +
  'MD373ME382MG261MK389ML223MM95MN976MO853MR222MT356MU230MV960MW265MX52MY60MZ258NA264NE227NG234NI505' +
  'NL31NO47NP977NZ64OM968PA507PE51PG675PH63PK92PL48PR1PS970PT351PY595QA974RO40RS381RU7RW250SA966SB677' +
  'SC248SD249SE46SG65SI386SK421SL232SM378SN221SO252SR597SS211ST239SV503SY963SZ268TD235TG228TH66TJ992' +
  'TL670TM993TN216TO676TR90TT1TW886TZ255UA380UG256US1UY598UZ998VA39VC1VE58VN84VU678WS685XK383YE967ZA27' +
  'ZM260ZW263';

/** ISO country code → calling code digits. */
export const CALLING_CODES: ReadonlyMap<string, string> = new Map(
  Array.from(TABLE.matchAll(/([A-Z]{2})(\d+)/g), ([, country, code]) => [country!, code!] as const),
);

const sorted = new Map<string, { code: string; name: string }[]>();

/** The countries, named in `locale` and sorted the way that language sorts (worked out once per locale). */
export function countries(locale: string): { code: string; name: string }[] {
  let list = sorted.get(locale);
  if (!list) {
    const collator = new Intl.Collator(locale);
    list = [...CALLING_CODES.keys()].map((code) => ({ code, name: regionName(locale, code) })).sort((a, b) => collator.compare(a.name, b.name));
    sorted.set(locale, list);
  }
  return list;
}

/** Italy and its neighbours keep the leading 0 of landline numbers after the country code. */
const KEEPS_LEADING_ZERO = new Set(['IT', 'SM', 'VA']);

/** "0151 2345678" in DE → "+4915123456789": the calling code, then the number without its trunk 0. */
export function toE164(country: string, national: string): string {
  const digits = national.replace(/\D/g, '');
  if (national.trim().startsWith('+')) return `+${digits}`;
  return `+${CALLING_CODES.get(country) ?? ''}${KEEPS_LEADING_ZERO.has(country) ? digits : digits.replace(/^0+/, '')}`;
}

/** "07911 123456" in GB → "+44 7911 123456": as the patient grouped it, after the calling code, without the trunk 0. */
export function displayPhone(country: string, national: string): string {
  const typed = national.replace(/[^\d+]+/g, ' ').trim();
  if (typed.startsWith('+')) return typed;
  return `+${CALLING_CODES.get(country) ?? ''} ${KEEPS_LEADING_ZERO.has(country) ? typed : typed.replace(/^[0\s]+/, '')}`;
}
