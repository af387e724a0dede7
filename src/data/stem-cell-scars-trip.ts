/**
 * The built-in trip figures for stem cell therapy for scars. Treatment prices and the time abroad
 * are the cost table's and the timeline's (from the source article). Fares, nightly rates and
 * local costs are NOT from the article: they are round example figures, flagged `example` so the
 * widget labels them as examples everywhere, for partners to replace with their own.
 */
import type { TripEstimateData } from '../schema/trip.js';

export interface TripWords {
  northAmerica: string;
  westernEurope: string;
  budget: string;
  mid: string;
  premium: string;
}

const DESTINATIONS = ['mexico-colombia', 'turkey-thailand', 'india-malaysia'] as const;
type Figures = [low: number, high: number];
const each = (figures: Record<(typeof DESTINATIONS)[number], Figures>) =>
  Object.fromEntries(DESTINATIONS.map((id) => [id, { low: figures[id][0], high: figures[id][1] }]));

/** Example figures in USD; the treatment rows and timeline are added by the element. */
export function stemCellScarTrip(words: TripWords): TripEstimateData {
  return {
    currency: 'USD',
    flights: {
      example: true,
      origins: [
        { id: 'north-america', label: words.northAmerica, fares: each({ 'mexico-colombia': [350, 900], 'turkey-thailand': [900, 1800], 'india-malaysia': [1000, 2000] }) },
        { id: 'western-europe', label: words.westernEurope, fares: each({ 'mexico-colombia': [700, 1500], 'turkey-thailand': [250, 1200], 'india-malaysia': [600, 1400] }) },
      ],
    },
    stay: {
      example: true,
      levels: [
        { id: 'budget', label: words.budget, nightly: each({ 'mexico-colombia': [40, 80], 'turkey-thailand': [35, 70], 'india-malaysia': [30, 60] }) },
        { id: 'mid', label: words.mid, nightly: each({ 'mexico-colombia': [80, 150], 'turkey-thailand': [70, 140], 'india-malaysia': [60, 120] }) },
        { id: 'premium', label: words.premium, nightly: each({ 'mexico-colombia': [150, 300], 'turkey-thailand': [140, 280], 'india-malaysia': [120, 250] }) },
      ],
    },
    local: { example: true, perDay: each({ 'mexico-colombia': [30, 60], 'turkey-thailand': [25, 55], 'india-malaysia': [20, 45] }) },
    contingency: 0.15,
  };
}
