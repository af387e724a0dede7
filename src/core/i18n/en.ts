/** Messages every element shows: loading and data-error states. */
export default {
  loading: 'Loading…',
  dataError: 'This information cannot be shown right now.',
  dataErrorHint: 'The site owner can find the details in the browser console.',
};
