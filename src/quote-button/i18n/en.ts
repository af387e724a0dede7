/** Every visible string of `<mq-quote-button>` in English, the fallback for every key. */
import common from '../../core/i18n/en.js';

export default {
  ...common,
  label: 'Request a quote',
  close: 'Close',
  loadError: 'The form could not be loaded. Check your connection and try again.',
  sent: 'Your quote request was sent.',
  notSent: 'Your quote request has not been sent yet. Open the form to see why.',
} as const;
