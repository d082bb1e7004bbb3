/**
 * The places on the location map (/<lang>/location/) and in its table, each at the coordinates its source prints,
 * with the source's id from src/content/sources/sources.yaml. Distances are computed from these points
 * (src/model/location/location-map.ts); travel times appear only where a source gives one.
 *
 * Rules for editors: copy coordinates exactly as the source prints them (decimal degrees, or degrees-minutes-seconds
 * where that is all it gives); never place a point by eye; a place without sourced coordinates goes into
 * UNPLOTTED with the reason, not onto the map.
 */
import type { Localized, Written } from '~/i18n/locales';
import { withEditions, type WrittenOf } from '~/i18n/convert/editions';
import type { Coordinates, LabelSide } from '~/model/location/location-map';

export type PlaceKind = 'town' | 'station' | 'city' | 'airport';

export interface TravelTime {
  /** The time as the source states it, with its starting point (often downtown Dongguan, not Changping). */
  text: Localized;
  /** Source id. */
  source: string;
}

export interface Place {
  /** Stable id, used in the page's markup (`data-place`). */
  id: string;
  kind: PlaceKind;
  name: Localized;
  /** The coordinates as the source prints them. */
  coordinates: Coordinates;
  /** Id of the source that prints the coordinates. */
  source: string;
  /** A caution shown next to the place (a weak or old source, a point standing for a whole city). */
  note?: Localized;
  /** A shorter name for the map's label, where `name` is long (the table always gives `name`). */
  mapName?: Localized;
  /** Where its label goes on the regional map. */
  label: LabelSide;
  /** Drawn on the Changping close-up instead of the regional map (the town's own stations). */
  closeUp?: boolean;
  /** Where its label goes on the close-up. */
  closeUpLabel?: LabelSide;
  /** Travel times a source gives (never computed). */
  travel?: TravelTime[];
}

/**
 * A travel time from Dongguan Today's investment guide, which times every trip from downtown Dongguan, not from
 * Changping (say so in the text).
 */
function fromDowntownDongguan(text: Written<string>): WrittenOf<TravelTime[]> {
  return [{ text, source: 'dongguantoday-invest-location' }];
}

/** The point distances are measured from. */
export const ORIGIN_ID = 'changping';

export const PLACES = withEditions<Place[]>([
  {
    id: 'changping',
    kind: 'town',
    name: { 'zh-cn': '常平镇', en: 'Changping town' },
    mapName: { 'zh-cn': '常平', en: 'Changping' },
    coordinates: { lat: 22.9756, lon: 113.9922 },
    source: 'wikipedia-en-changping',
    note: {
      'zh-cn': '中文维基百科给出的位置略有不同（北纬22.97692°，东经113.99075°），本页采用英文维基百科的坐标。',
      en: 'Chinese Wikipedia gives a slightly different point (22.97692° N, 113.99075° E); this page uses the English Wikipedia one.',
    },
    label: 'e',
    closeUpLabel: 'w',
  },
  {
    id: 'changping-station',
    kind: 'station',
    name: { 'zh-cn': '常平站', en: 'Changping station' },
    coordinates: { lat: 22.98556, lon: 114.00083 },
    source: 'ccget-changping-station',
    label: 'n',
    closeUp: true,
    closeUpLabel: 'n',
  },
  {
    id: 'changping-south',
    kind: 'station',
    name: { 'zh-cn': '常平南站', en: 'Changping South' },
    coordinates: { lat: 22.978056, lon: 114.0025 },
    source: 'pinocchiopedia-changping-south',
    label: 's',
    closeUp: true,
    closeUpLabel: 'e',
  },
  {
    id: 'changping-east',
    kind: 'station',
    name: { 'zh-cn': '常平东站', en: 'Changping East' },
    coordinates: { lat: 22.9650806, lon: 114.0353889 },
    source: 'wikipedia-zh-changping-east',
    note: { 'zh-cn': '位于东莞东站东南侧。', en: 'Just south-east of Dongguan East station.' },
    label: 'e',
    closeUp: true,
    closeUpLabel: 'e',
    travel: [
      {
        text: { 'zh-cn': '至惠州小金口约53分钟（莞惠城际）', en: 'About 53 minutes to Xiaojinkou (Huizhou) on the intercity line' },
        source: 'bkwk-guanhui-intercity',
      },
    ],
  },
  {
    id: 'dongguan',
    kind: 'city',
    name: { 'zh-cn': '东莞市政府', en: 'Dongguan (city government)' },
    coordinates: { lat: 23.021, lon: 113.752 },
    source: 'askwikinow-dongguan',
    mapName: { 'zh-cn': '东莞', en: 'Dongguan' },
    label: 'w',
  },
  {
    id: 'dongguan-station',
    kind: 'station',
    name: { 'zh-cn': '东莞站（石龙）', en: 'Dongguan station (Shilong)' },
    coordinates: { lat: 23.09139, lon: 113.85472 },
    source: 'wikipedia-zh-dongguan-station',
    mapName: { 'zh-cn': '东莞站', en: 'Dongguan stn' },
    note: { 'zh-cn': '开往香港西九龙的高铁在此停靠，不经常平。', en: 'High-speed trains to Hong Kong West Kowloon stop here, not at Changping.' },
    label: 'n',
  },
  {
    id: 'guangzhou',
    kind: 'city',
    name: { 'zh-cn': '广州（省政府）', en: 'Guangzhou (provincial government)' },
    coordinates: { dms: '23°07′48″N 113°15′36″E' },
    source: 'wikiwand-guangzhou',
    mapName: { 'zh-cn': '广州', en: 'Guangzhou' },
    note: { 'zh-cn': '来源只给出度分秒，本页换算为十进制。', en: 'The source gives degrees, minutes and seconds only; this page converts them.' },
    label: 'e',
  },
  {
    id: 'shenzhen',
    kind: 'city',
    name: { 'zh-cn': '深圳（市民中心）', en: 'Shenzhen (Civic Center)' },
    coordinates: { lat: 22.5415, lon: 114.0596 },
    source: 'studentb-shenzhen',
    mapName: { 'zh-cn': '深圳', en: 'Shenzhen' },
    label: 'e',
  },
  {
    id: 'huizhou',
    kind: 'city',
    name: { 'zh-cn': '惠州', en: 'Huizhou' },
    coordinates: { lat: 23.06667, lon: 114.4 },
    source: 'uncensored-wiki-huizhou-2017',
    note: {
      'zh-cn': '2017年的维基百科快照；另一镜像给出北纬23.11147°，东经114.41523°。',
      en: 'A 2017 Wikipedia snapshot; another mirror gives 23.11147° N, 114.41523° E.',
    },
    label: 'n',
  },
  {
    id: 'hong-kong',
    kind: 'city',
    name: { 'zh-cn': '香港', en: 'Hong Kong' },
    coordinates: { lat: 22.3, lon: 114.2 },
    source: 'inhongkong-hong-kong',
    note: { 'zh-cn': '代表整个香港的概略点位，来源较弱。', en: 'A rough point for Hong Kong as a whole, from a weak source.' },
    label: 'e',
  },
  {
    id: 'szx',
    kind: 'airport',
    name: { 'zh-cn': '深圳宝安国际机场', en: "Shenzhen Bao'an airport (SZX)" },
    coordinates: { lat: 22.63944, lon: 113.81083 },
    source: 'wikipedia-en-szx-airport',
    mapName: { 'zh-cn': '深圳机场', en: 'SZX airport' },
    label: 'w',
    travel: fromDowntownDongguan({ 'zh-cn': '距东莞市区车程50分钟以内', en: "Within 50 minutes' drive of downtown Dongguan" }),
  },
  {
    id: 'can',
    kind: 'airport',
    name: { 'zh-cn': '广州白云国际机场', en: 'Guangzhou Baiyun airport (CAN)' },
    coordinates: { lat: 23.3925, lon: 113.29889 },
    source: 'wikipedia-en-can-airport',
    mapName: { 'zh-cn': '白云机场', en: 'CAN airport' },
    label: 'e',
    travel: fromDowntownDongguan({ 'zh-cn': '距东莞市区车程50分钟以内', en: "Within 50 minutes' drive of downtown Dongguan" }),
  },
  {
    id: 'hkg',
    kind: 'airport',
    name: { 'zh-cn': '香港国际机场', en: 'Hong Kong airport (HKG)' },
    coordinates: { lat: 22.30889, lon: 113.91444 },
    source: 'richxsearch-hkg-airport',
    mapName: { 'zh-cn': '香港机场', en: 'HKG airport' },
    label: 'w',
    travel: fromDowntownDongguan({ 'zh-cn': '从东莞市区驾车约2小时', en: 'About two hours by car from downtown Dongguan' }),
  },
]);

/** A place the sources name without usable coordinates. */
export interface UnplottedPlace {
  id: string;
  name: Localized;
  /** Why it is not on the map. */
  reason: Localized;
  source?: string;
  travel?: TravelTime[];
}

/** Places the sources name but that have no usable coordinates: listed with the reason, never drawn. */
export const UNPLOTTED = withEditions<UnplottedPlace[]>([
  {
    id: 'dongguan-east',
    name: { 'zh-cn': '东莞东站', en: 'Dongguan East station' },
    reason: {
      'zh-cn': '未找到坐标。它位于常平镇麦元村，常平东站就在其东南侧。',
      en: 'No coordinates found. It is in Maiyuan, Changping; Changping East station lies just to its south-east.',
    },
    source: 'wikipedia-zh-changping-east',
  },
  {
    id: 'dongguan-port',
    name: { 'zh-cn': '东莞港（虎门港）', en: 'Dongguan port (Humen)' },
    reason: {
      'zh-cn': '公开的坐标落在珠江对岸，明显有误，因此不标出。',
      en: 'The published coordinates fall across the Pearl River, well west of Humen, so the port is not drawn.',
    },
  },
  {
    id: 'yantian-port',
    name: { 'zh-cn': '盐田港、蛇口港（深圳）', en: 'Yantian and Shekou ports (Shenzhen)' },
    reason: { 'zh-cn': '未找到坐标。', en: 'No coordinates found.' },
    travel: fromDowntownDongguan({ 'zh-cn': '从东莞市区驾车约1小时', en: 'About one hour by car from downtown Dongguan' }),
  },
]);

/** The outlines drawn under the points: Natural Earth countries (ids are ISO 3166-1 numeric codes). */
export const OUTLINE_SOURCE = 'natural-earth-admin0-10m';
export const OUTLINE_IDS = { china: '156', hongKong: '344', macao: '446' } as const;

/** Every source id the location page cites: coordinates, travel times, the outlines. */
export function locationSources(): string[] {
  const ids = [
    ...PLACES.flatMap((place) => [place.source, ...(place.travel ?? []).map((time) => time.source)]),
    ...UNPLOTTED.flatMap((item) => [...(item.source ? [item.source] : []), ...(item.travel ?? []).map((time) => time.source)]),
    OUTLINE_SOURCE,
  ];
  return [...new Set(ids)];
}
