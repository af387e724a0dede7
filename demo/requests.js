// Lists what the intake server stored, with DOM APIs only (no HTML strings from data). Reading
// needs the token from the link `npm start` prints (#token=…); it stays in this page, never in a URL
// the browser sends.
const status = document.getElementById('status');
const table = document.getElementById('requests');
const token = new URLSearchParams(location.hash.slice(1)).get('token') ?? '';
const authorized = { headers: { authorization: `Bearer ${token}` } };

/** A stored photo, fetched with the token and handed to the browser as a download. */
async function download(reference, index) {
  const response = await fetch(`/api/quotes/${encodeURIComponent(reference)}/photos/${index}`, authorized);
  if (!response.ok) {
    status.textContent = `The photo could not be read (${response.status}).`;
    return;
  }
  const link = Object.assign(document.createElement('a'), { href: URL.createObjectURL(await response.blob()), download: `${reference}-photo-${index + 1}` });
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

function cell(row, content) {
  const td = row.insertCell();
  if (content instanceof Node) td.append(content);
  else td.textContent = content;
}

try {
  const response = await fetch('/api/quotes', authorized);
  if (response.status === 401) throw new Error('open the link that npm start printed: it carries the read token');
  const { quotes } = await response.json();
  status.textContent = quotes.length ? `${quotes.length} request(s), newest first.` : 'No requests yet: send one from the clinic page.';
  for (const { reference, received_at: received, request, photos } of quotes) {
    const row = table.tBodies[0].insertRow();
    cell(row, reference);
    cell(row, new Date(received).toLocaleString());
    cell(row, `${request.name} · ${request.email} · ${request.phone} (${request.channel})`);
    cell(row, [...request.destinations, request.openToSuggestions ? 'open to suggestions' : ''].filter(Boolean).join(', '));
    cell(row, Object.entries(request.consents).map(([name, consent]) => `${name} at ${consent.at}`).join('; '));
    const links = document.createElement('span');
    for (let index = 0; index < photos; index++) {
      const button = Object.assign(document.createElement('button'), { type: 'button', textContent: `photo ${index + 1}` });
      button.addEventListener('click', () => download(reference, index));
      links.append(button, ' ');
    }
    cell(row, photos ? links : '—');
  }
  table.hidden = !quotes.length;
} catch (error) {
  status.textContent = `The stored requests could not be read: ${error.message}.`;
}
