// The partner's own script: listens to widget events and switches the page language.
const selection = document.getElementById('selection');
document.addEventListener('mq-select', (event) => {
  const { label } = event.detail;
  selection.textContent = `You chose ${label}: it is ticked in the quote form below.`;
});

// mq-estimate carries figures only: what the page could show or count.
const estimate = document.getElementById('estimate');
document.addEventListener('mq-estimate', (event) => {
  const cheapest = [...event.detail.estimates].sort((a, b) => a.low - b.low)[0];
  if (cheapest) estimate.textContent = `The page heard: the trip now starts from ${cheapest.low} ${cheapest.currency} (${cheapest.destination}).`;
});

// Only the dates: mq-change carries no personal data.
const tripDates = document.getElementById('trip-dates');
document.addEventListener('mq-change', (event) => {
  const { returnEarliest, returnLatest } = event.detail;
  tripDates.textContent = `The page heard: flight home between ${returnEarliest} and ${returnLatest}.`;
});

// mq-result carries health answers: a real page sends them nowhere without consent. This demo
// only counts results, to show the event fires.
let results = 0;
document.addEventListener('mq-result', () => {
  results += 1;
  document.title = document.title.replace(/ \(\d+ results?\)$/, '') + ` (${results} result${results === 1 ? '' : 's'})`;
});

for (const button of document.querySelectorAll('[data-lang]')) {
  button.addEventListener('click', () => {
    const lang = button.dataset.lang;
    document.documentElement.lang = lang;
    document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
    for (const other of document.querySelectorAll('[data-lang]')) other.setAttribute('aria-pressed', String(other === button));
  });
}
