/**
 * Countries and their international calling codes (ITU-T E.164), for the residence list and the
 * phone prefix. Names come from Intl.DisplayNames in the page's language, so this list holds codes
 * only: ISO 3166-1 alpha-2 followed by the calling code.
 */
import { regionName } from '../core/format.js';

const TABLE =
  'AD376 AE971 AF93 AG1 AL355 AM374 AO244 AR54 AT43 AU61 AZ994 BA387 BB1 BD880 BE32 BF226 BG359 BH973 BI257 BJ229 ' +
  'BN673 BO591 BR55 BS1 BT975 BW267 BY375 BZ501 CA1 CD243 CF236 CG242 CH41 CI225 CL56 CM237 CN86 CO57 CR506 CU53 ' +
  'CV238 CY357 CZ420 DE49 DJ253 DK45 DM1 DO1 DZ213 EC593 EE372 EG20 ER291 ES34 ET251 FI358 FJ679 FR33 GA241 GB44 ' +
  'GD1 GE995 GH233 GM220 GN224 GQ240 GR30 GT502 GW245 GY592 HK852 HN504 HR385 HT509 HU36 ID62 IE353 IL972 IN91 IQ964 ' +
  'IR98 IS354 IT39 JM1 JO962 JP81 KE254 KG996 KH855 KM269 KN1 KR82 KW965 KZ7 LA856 LB961 LC1 LI423 LK94 LR231 LS266 ' +
  'LT370 LU352 LV371 LY218 MA212 MC377 MD373 ME382 MG261 MK389 ML223 MM95 MN976 MO853 MR222 MT356 MU230 MV960 MW265 ' +
  'MX52 MY60 MZ258 NA264 NE227 NG234 NI505 NL31 NO47 NP977 NZ64 OM968 PA507 PE51 PG675 PH63 PK92 PL48 PR1 PS970 ' +
  'PT351 PY595 QA974 RO40 RS381 RU7 RW250 SA966 SB677 SC248 SD249 SE46 SG65 SI386 SK421 SL232 SM378 SN221 SO252 ' +
  'SR597 SS211 ST239 SV503 SY963 SZ268 TD235 TG228 TH66 TJ992 TL670 TM993 TN216 TO676 TR90 TT1 TW886 TZ255 UA380 ' +
  'UG256 US1 UY598 UZ998 VA39 VC1 VE58 VN84 VU678 WS685 XK383 YE967 ZA27 ZM260 ZW263';

/** ISO country code → calling code digits. */
export const CALLING_CODES: ReadonlyMap<string, string> = new Map(
  TABLE.split(' ').map((entry) => [entry.slice(0, 2), entry.slice(2)] as const),
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
