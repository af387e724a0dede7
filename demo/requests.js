// Lists what the intake server stored, with DOM APIs only (no HTML strings from data).
const status = document.getElementById('status');
const table = document.getElementById('requests');

function cell(row, content) {
  const td = row.insertCell();
  if (content instanceof Node) td.append(content);
  else td.textContent = content;
}

try {
  const { quotes } = await (await fetch('/api/quotes')).json();
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
      const link = document.createElement('a');
      link.href = `/api/quotes/${encodeURIComponent(reference)}/photos/${index}`;
      link.textContent = `photo ${index + 1}`;
      links.append(link, ' ');
    }
    cell(row, photos ? links : '—');
  }
  table.hidden = !quotes.length;
} catch (error) {
  status.textContent = `The intake server did not answer (${error.message}).`;
}
