// A complete, valid quote request as <mq-quote-form> sends it; shared by the Node tests.
export function sampleRequest(overrides = {}) {
  const at = new Date().toISOString();
  return {
    treatment: 'Stem cell therapy for scars',
    destinations: ['turkey-thailand', 'mexico-colombia'],
    openToSuggestions: false,
    timeframe: '2027-03',
    budget: { amount: 6000, currency: 'EUR' },
    residence: 'DE',
    forSelf: true,
    name: 'Ada Patient',
    email: 'ada@example.org',
    phone: '+4915123456789',
    channel: 'whatsapp',
    health: { scarType: 'atrophic', location: 'cheeks', scarAge: '1-5', notes: 'Acne scars since my teens.' },
    consents: {
      privacy: { text: 'I have read the privacy notice.', at, url: 'https://clinic.example/privacy' },
      health: { text: 'I agree that my health details are used for my quote.', at },
      transfer: { text: 'I agree that my request is sent to clinics in Türkiye, Thailand, Mexico and Colombia.', at },
    },
    attribution: { source: 'partner-blog', utm: { utm_source: 'newsletter' } },
    locale: 'en',
    fillMs: 60000,
    ...overrides,
  };
}
