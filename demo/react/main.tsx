// medquote in React 19: the elements are used directly; React 19 sets properties and listens to
// custom events (`onmq-select`). The JSX types come from the package: `medquote/jsx`.
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'medquote/all.js';
import type {} from 'medquote/jsx';
import type { CostTableData, MqResultEvent, MqSelectEvent } from 'medquote';

const prices: CostTableData = {
  caption: 'Hair transplant (FUE)',
  currency: 'EUR',
  baseline: { id: 'uk', label: 'United Kingdom', low: 6000, high: 12000 },
  rows: [
    { id: 'turkey', regions: ['TR'], low: 1800, high: 3500 },
    { id: 'hungary', regions: ['HU'], low: 2500, high: 4500 },
  ],
};

function App() {
  const [chosen, setChosen] = useState('');
  const [outcome, setOutcome] = useState('');
  const [page, setPage] = useState<'plan' | 'other'>('plan');
  return (
    <main>
      <h1>A clinic app in React</h1>
      <mq-cost-table data={prices} highlight="turkey" onmq-select={(event: MqSelectEvent) => setChosen(event.detail.label)} />
      <p role="status">{chosen && `Chosen: ${chosen}`}</p>
      <button type="button" onClick={() => setPage(page === 'plan' ? 'other' : 'plan')}>Switch page</button>
      {page === 'plan' && <mq-recovery-timeline start-date="2027-03-01" />}
      <mq-candidacy-checklist onmq-result={(event: MqResultEvent) => setOutcome(event.detail.outcome)} />
      <p role="status">{outcome && `Outcome: ${outcome}`}</p>
      <mq-quote-form endpoint="/api/quotes" privacy-url="https://clinic.example/privacy" response-time="48 hours" />
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
