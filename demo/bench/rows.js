// 200 destinations with made-up prices, the same for both benchmark pages.
export const rows = Array.from({ length: 200 }, (_, i) => ({
  id: `d${i}`,
  label: `Destination ${String(i).padStart(3, '0')}`,
  low: 1000 + ((i * 7919) % 9000),
  high: 12000 + ((i * 104729) % 9000),
}));
