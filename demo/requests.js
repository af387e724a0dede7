// Lists what the intake server stored, a page at a time, with DOM APIs only (no HTML strings from
// data). Reading needs the read token: typed into the form, or taken once from a #token=… link
// and removed from the address bar and history at once. It is kept in this page's memory only and
// sent in a header, never in a URL.
const status = document.getElementById('status');
const table = document.getElementById('requests');
const form = document.getElementById('token-form');
const older = document.getElementById('older');
let token = new URLSearchParams(location.hash.slice(1)).get('token') ?? '';
if (location.hash) history.replaceState(null, '', location.pathname + location.search);
let next = null;

const authorized = () => ({ headers: { authorization: `Bearer ${token}` } });

/** A stored photo, fetched with the token and handed to the browser as a download. */
async function download(reference, index) {
  const response = await fetch(`/api/quotes/${encodeURIComponent(reference)}/photos/${index}`, authorized());
  if (!response.ok) {
    status.textContent = `The photo could not be read (${response.status}).`;
    return;
  }
  const name = /filename="([\w.-]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? `${reference}-photo-${index + 1}`;
  const link = Object.assign(document.createElement('a'), { href: URL.createObjectURL(await response.blob()), download: name });
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

function cell(row, content) {
  const td = row.insertCell();
  if (content instanceof Node) td.append(content);
  else td.textContent = content;
}

/** Where a request stands with the CRM's webhook: delivered, waiting, or failing (and why, and when it is tried again). */
function delivery(forwarding) {
  if (!forwarding) return 'not forwarded';
  if (forwarding.status === 'delivered') return `delivered ${new Date(forwarding.deliveredAt).toLocaleString()}`;
  if (forwarding.status === 'pending') return 'waiting to be sent';
  const next = forwarding.nextAttemptAt ? `; next try ${new Date(forwarding.nextAttemptAt).toLocaleString()}` : '';
  return `FAILING after ${forwarding.attempts} attempt(s): ${forwarding.lastError ?? 'no answer'}${next}`;
}

function addRow({ reference, receivedAt, request, photos, forwarding }) {
  const row = table.tBodies[0].insertRow();
  cell(row, reference);
  cell(row, new Date(receivedAt).toLocaleString());
  cell(row, `${request.name} · ${request.email} · ${request.phone} (${request.channel})`);
  cell(row, [...request.destinations, request.openToSuggestions ? 'open to suggestions' : ''].filter(Boolean).join(', '));
  cell(row, Object.entries(request.consents).map(([name, consent]) => `${name} at ${consent.at}`).join('; '));
  const buttons = document.createElement('span');
  for (let index = 0; index < photos; index++) {
    const button = Object.assign(document.createElement('button'), { type: 'button', textContent: `photo ${index + 1}` });
    button.addEventListener('click', () => download(reference, index));
    buttons.append(button, ' ');
  }
  cell(row, photos ? buttons : '—');
  cell(row, delivery(forwarding));
  if (forwarding?.status === 'failing') row.classList.add('failing');
}

/** Loads the newest page, or the page after the last one shown. */
async function load(more = false) {
  try {
    const response = await fetch(`/api/quotes${more && next !== null ? `?before=${next}` : ''}`, authorized());
    if (response.status === 401) {
      token = '';
      form.hidden = false;
      status.textContent = 'That read token was not accepted.';
      return;
    }
    if (!response.ok) throw new Error(`status ${response.status}`);
    const page = await response.json();
    form.hidden = true;
    if (!more) table.tBodies[0].replaceChildren();
    page.quotes.forEach(addRow);
    next = page.next;
    older.hidden = next === null;
    table.hidden = !page.total;
    const shown = table.tBodies[0].rows.length;
    const failing = page.failingDeliveries ? ` ${page.failingDeliveries} not delivered to the CRM yet after failed attempts.` : '';
    status.textContent = page.total ? `${shown} of ${page.total} request(s), newest first.${failing}` : 'No requests yet: send one from the clinic page.';
  } catch (error) {
    status.textContent = `The stored requests could not be read: ${error.message}.`;
  }
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const input = form.elements.namedItem('token');
  token = input.value.trim();
  input.value = '';
  load();
});
older.addEventListener('click', () => load(true));

if (token) load();
else {
  form.hidden = false;
  status.textContent = 'Enter the read token to see the requests.';
}
