/**
 * The built-in trip figures for stem cell therapy for scars. Treatment prices and the time abroad
 * are the cost table's and the timeline's (from the source article). Fares, nightly rates and
 * local costs are NOT from the article: they are round example figures, flagged `example` so the
 * widget labels them as examples everywhere, for partners to replace with their own.
 */
import type { TripEstimateData } from '../schema/trip.js';

/** The words of the example's origins and stay levels, by the element's message keys. */
export type TripWords = (key: 'northAmerica' | 'westernEurope' | 'budget' | 'mid' | 'premium') => string;

const DESTINATIONS = ['mexico-colombia', 'turkey-thailand', 'india-malaysia'];
/** Low and high figures for Mexico / Colombia, Turkey / Thailand and India / Malaysia, in that order. */
const each = (...figures: [low: number, high: number][]) =>
  Object.fromEntries(DESTINATIONS.map((id, i) => [id, { low: figures[i]![0], high: figures[i]![1] }]));

/** Example figures in USD; the treatment rows and timeline are added by the element. */
export function stemCellScarTrip(t: TripWords): TripEstimateData {
  return {
    currency: 'USD',
    flights: {
      example: true,
      origins: [
        { id: 'north-america', label: t('northAmerica'), fares: each([350, 900], [900, 1800], [1000, 2000]) },
        { id: 'western-europe', label: t('westernEurope'), fares: each([700, 1500], [250, 1200], [600, 1400]) },
      ],
    },
    stay: {
      example: true,
      levels: [
        { id: 'budget', label: t('budget'), nightly: each([40, 80], [35, 70], [30, 60]) },
        { id: 'mid', label: t('mid'), nightly: each([80, 150], [70, 140], [60, 120]) },
        { id: 'premium', label: t('premium'), nightly: each([150, 300], [140, 280], [120, 250]) },
      ],
    },
    local: { example: true, perDay: each([30, 60], [25, 55], [20, 45]) },
    contingency: 0.15,
  };
}
