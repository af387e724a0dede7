/**
 * Sending the flow's request: built from the answers and checked against the schema, offered to
 * the page as `mq-submit` (which it may take over), sent under one Idempotency-Key per answers
 * after the fill-time wait (delivery.ts), then the success screen, the failure, or a server's
 * field errors back on their fields. Each stage is a `phase` of `flow.delivery`.
 */
import { safeUrl } from '../core/data.js';
import { MqErrorEvent, MqQuoteSentEvent, MqSubmitEvent, MqSuccessEvent } from '../core/events.js';
import { quoteRequest } from '../schema/quote-request.js';
import { validate, type DataIssue } from '../schema/validate.js';
import { answersHash, deliver, Retry, type DeliveryFailure } from './delivery.js';
import { FIRST_PROBLEM, stepOf, type Problem, type QuoteFlow } from './flow.js';
import { fieldForPath, toRequest, type Field } from './form-state.js';
import { statusText, treatmentName } from './words.js';

export async function send(flow: QuoteFlow): Promise<void> {
  const { host, values, session, delivery } = flow;
  if (delivery.phase !== 'idle' && delivery.phase !== 'failed') return;
  // A step passed before can be incomplete now (new destinations withdraw the transfer consent):
  // back to it, its problems listed; Continue returns to the review.
  const unmet = flow.steps.find((step) => Object.values(step.check?.(values) ?? {}).some(Boolean));
  if (unmet) {
    Object.assign(flow, { step: unmet, reviewing: true });
    return flow.next();
  }
  flow.delivery = { phase: 'sending', attempt: 1 }; // before any await: a second click finds it busy
  flow.rerender();
  if (values.website) return succeed(flow, ''); // a bot filled the hidden field: tell it nothing
  let captchaToken: string | undefined;
  try {
    captchaToken = host.captchaToken && (await host.captchaToken());
  } catch {
    return fail(flow, { ok: false, kind: 'network' }, 'captcha');
  }
  const utm = host.utm ? Object.fromEntries([...new URLSearchParams(location.search)].filter(([key]) => /^utm_(source|medium|campaign|term|content)$/.test(key))) : {};
  const withUtm = Object.keys(utm).length > 0;
  // Where the request came from, never more: the page's path without its query, the referrer's origin without its path.
  const seen = host.attribution ? { page: location.pathname, referrer: safeUrl(document.referrer)?.origin } : {};
  const attribution = { source: host.source || undefined, utm: withUtm ? utm : undefined, ...seen };
  const checked = validate(
    quoteRequest,
    toRequest(values, {
      treatment: treatmentName(flow),
      locale: flow.lang,
      photos: flow.photos,
      consents: flow.consents,
      privacyUrl: safeUrl(host.privacyUrl)!.href,
      attribution: Object.values(attribution).some(Boolean) ? attribution : undefined,
      captchaToken,
      ticket: session.ticket,
      fillMs: Math.max(Date.now() - (session.startedAt || Date.now()), 0),
    }),
  );
  if (!checked.ok) {
    // Should not happen: every step was checked. Never send what the schema rejects.
    console.error(`<${host.localName}>: the request does not match the schema:\n${checked.issues.map((i) => `  ${i.path}: ${i.message}`).join('\n')}`);
    return showProblems(flow, checked.issues, 0);
  }
  const request = checked.value;
  const photos = request.photos ? flow.photos : [];
  if (!host.dispatchEvent(new MqSubmitEvent({ request, photos }))) {
    flow.delivery = { phase: 'host' };
    return flow.rerender();
  }
  // One key per answers: a retry, or a resend after a reload, is the same request; a correction
  // after a failed or interrupted send is a new one, so it is never mistaken for the first.
  const sent = answersHash(request);
  if (sent !== session.sent) Object.assign(session, { key: crypto.randomUUID(), sent });
  flow.persist();
  // Bots submit in a blink; people never notice a pause of a second or two.
  const early = host.minFillMs - (Date.now() - session.startedAt);
  if (early > 0) await new Promise((resolve) => setTimeout(resolve, early));
  const retry = (flow.retry = new Retry());
  let said = '';
  const result = await deliver({
    endpoint: safeUrl(host.endpoint)!,
    request: { ...request, fillMs: Date.now() - session.startedAt },
    photos,
    key: session.key!,
    retryBaseMs: host.retryBaseMs,
    retry,
    stallMs: host.stallMs,
    onKey: (key) => {
      session.key = key;
      flow.persist();
    },
    onState: (state) => {
      flow.delivery = state;
      flow.rerender();
      // Screen readers hear an upload in quarters, not every percent, and a countdown once.
      const now = state.phase === 'waiting' ? `${state.attempt}` : statusText(flow, 25);
      if (now !== said) flow.announce(statusText(flow, 25));
      said = now;
    },
  });
  flow.retry = undefined;
  if (result.ok) return succeed(flow, result.reference);
  if (result.kind === 'invalid' && result.errors.length) return showProblems(flow, result.errors, result.status);
  fail(flow, result);
}

/** The request arrived (or the page says it delivered it): the success screen, and the draft gone. */
export function succeed(flow: QuoteFlow, reference: string): void {
  const { host, values } = flow;
  flow.delivery = { phase: 'sent', reference };
  flow.forget();
  if (values.website) return flow.rerender();
  host.dispatchEvent(new MqSuccessEvent({ reference }));
  window.dispatchEvent(new MqQuoteSentEvent({ treatment: treatmentName(flow), destinations: values.destinations, source: host.source }));
  flow.announce(flow.t('sentTitle'));
  flow.rerender('[part="success"] [tabindex]');
}

function fail(flow: QuoteFlow, result: DeliveryFailure, kind?: 'captcha'): void {
  flow.delivery = { phase: 'failed', result };
  // Refused for good (a 4xx no retry changes): the answers stay on screen, no longer on the device.
  if (result.kind === 'rejected' || result.kind === 'invalid') flow.forget();
  flow.announce(statusText(flow));
  flow.host.dispatchEvent(new MqErrorEvent({ kind: kind ?? result.kind, status: result.status }));
  flow.rerender();
}

/** Field errors (a 422's, or the schema's) go onto their fields, on the earliest step that shows one. */
function showProblems(flow: QuoteFlow, errors: DataIssue[], status: number): void {
  const problems: Partial<Record<Field, Problem>> = {};
  for (const { path, message } of errors) {
    const field = fieldForPath(path);
    if (field && !problems[field]) problems[field] = { text: message };
  }
  const fields = Object.keys(problems) as Field[];
  flow.problems = problems;
  flow.delivery = { phase: 'idle' };
  flow.showSummary = true;
  flow.host.dispatchEvent(new MqErrorEvent({ kind: 'invalid', status }));
  flow.announce(flow.t('errorSummary', { count: Math.max(fields.length, 1) }));
  flow.goTo(stepOf(flow.steps, fields), FIRST_PROBLEM);
}
