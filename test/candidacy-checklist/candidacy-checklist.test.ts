import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '../keys.js';
import '../../src/candidacy-checklist/define.js';
import type { MqCandidacyChecklist } from '../../src/candidacy-checklist/candidacy-checklist.js';
import { captureConsole, text, until } from '../helpers.js';

const shadow = (el: MqCandidacyChecklist) => el.shadowRoot!;
const groups = (el: MqCandidacyChecklist) => Array.from(shadow(el).querySelectorAll('fieldset'));
const result = (el: MqCandidacyChecklist) => shadow(el).querySelector<HTMLElement>('[part="result"]');

/**
 * Answers every question with the keyboard alone: into the first group, Space for the first
 * option or arrow keys for a later one, Tab to the next group.
 */
async function answerByKeyboard(el: MqCandidacyChecklist, choices: number[]): Promise<void> {
  shadow(el).querySelector<HTMLInputElement>('input')!.focus();
  for (const [index, choice] of choices.entries()) {
    if (index > 0) await sendKeys({ press: 'Tab' });
    if (choice === 0) await sendKeys({ press: 'Space' });
    for (let step = 0; step < choice; step++) await sendKeys({ press: 'ArrowDown' });
  }
  await el.updateComplete;
}

// Scar type, health, maturity, fat, pregnancy, cancer, inflammatory (0 yes, 1 no, 2 not sure).
const CANDIDATE = [0, 0, 0, 0, 1, 1, 1];

describe('mq-candidacy-checklist', () => {
  let log: ReturnType<typeof captureConsole>;
  beforeEach(() => (log = captureConsole()));
  afterEach(() => log.restore());

  it('asks the seed questions as native radio groups, with a progress count', async () => {
    const el = await fixture<MqCandidacyChecklist>(html`<mq-candidacy-checklist></mq-candidacy-checklist>`);
    expect(groups(el)).to.have.length(7);
    expect(text(groups(el)[0]!.querySelector('legend'))).to.equal('What kind of scar is it?');
    expect(groups(el)[0]!.querySelectorAll('input[type="radio"]')).to.have.length(5);
    expect(Array.from(groups(el)[1]!.querySelectorAll('label')).map((label) => text(label))).to.deep.equal(['Yes', 'No', 'Not sure']);
    expect(text(shadow(el).querySelector('[part="progress"]'))).to.equal('0 of 7 answered');
    expect(result(el)).to.equal(null);
    expect(text(shadow(el).querySelector('.root'))).to.contain('nothing is sent anywhere');
    expect(log.calls.error.concat(log.calls.warn)).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('reaches “may be a candidate” by keyboard and fires mq-result', async () => {
    const el = await fixture<MqCandidacyChecklist>(html`<mq-candidacy-checklist></mq-candidacy-checklist>`);
    const fired = oneEvent(el, 'mq-result');
    await answerByKeyboard(el, CANDIDATE);
    const { detail } = await fired;
    expect(detail).to.deep.equal({
      outcome: 'candidate',
      answers: { 'scar-type': 'atrophic', health: 'yes', maturity: 'yes', fat: 'yes', pregnancy: 'no', cancer: 'no', inflammatory: 'no' },
    });
    expect(text(shadow(el).querySelector('[part="progress"]'))).to.equal('7 of 7 answered');
    expect(text(result(el))).to.contain('You may be a candidate');
    expect(text(result(el))).to.contain('A specialist must confirm');
    expect(text(result(el))).to.not.match(/eligible|approved/i);
    expect(text(result(el)!.querySelector('[part="disclaimer"]'))).to.contain('not medical advice');
    expect(text(shadow(el).querySelector('[aria-live]'))).to.equal('You may be a candidate');
    await expect(el).to.be.accessible();
  });

  it('reaches “may not be suitable” and “specialist review”, firing again on each change', async () => {
    const el = await fixture<MqCandidacyChecklist>(html`<mq-candidacy-checklist></mq-candidacy-checklist>`);
    const outcomes: string[] = [];
    el.addEventListener('mq-result', (event) => outcomes.push(event.detail.outcome));
    await answerByKeyboard(el, [0, 0, 0, 0, 0, 1, 1]);
    expect(result(el)!.dataset.outcome).to.equal('not-suitable');
    expect(text(result(el))).to.contain('Talk to your doctor');
    await expect(el).to.be.accessible();
    // Back to the pregnancy question (Shift+Tab twice), change it to "not sure".
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(result(el)!.dataset.outcome).to.equal('review');
    expect(text(result(el))).to.contain('A specialist should review your answers');
    expect(outcomes).to.deep.equal(['not-suitable', 'candidate', 'review']);
    await expect(el).to.be.accessible();
  });

  it('submits its outcome and answers with a form, blocks it while required, and resets with it', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><mq-candidacy-checklist name="check" required></mq-candidacy-checklist><button>Send</button></form>`);
    const el = form.querySelector<MqCandidacyChecklist>('mq-candidacy-checklist')!;
    await el.updateComplete;
    let submitted = 0;
    form.addEventListener('submit', (event) => (event.preventDefault(), submitted++));
    expect(form.checkValidity()).to.equal(false);
    expect(el.validity.valueMissing).to.equal(true);
    form.requestSubmit();
    expect(submitted).to.equal(0);
    await answerByKeyboard(el, CANDIDATE);
    expect(form.checkValidity()).to.equal(true);
    const data = new FormData(form);
    expect(data.get('check')).to.equal('candidate');
    expect(data.get('check.pregnancy')).to.equal('no');
    expect(data.get('check.scar-type')).to.equal('atrophic');
    form.requestSubmit();
    expect(submitted).to.equal(1);
    form.reset();
    await el.updateComplete;
    expect(el.answers).to.deep.equal({});
    expect(shadow(el).querySelectorAll('input:checked')).to.have.length(0);
    expect(new FormData(form).get('check')).to.equal(null);
    expect(form.checkValidity()).to.equal(false);
  });

  it('is disabled with a disabled fieldset around it', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><fieldset disabled><mq-candidacy-checklist name="c"></mq-candidacy-checklist></fieldset></form>`);
    const el = form.querySelector<MqCandidacyChecklist>('mq-candidacy-checklist')!;
    await el.updateComplete;
    expect(shadow(el).querySelector<HTMLInputElement>('input')!.matches(':disabled')).to.equal(true);
  });

  it('counts checks in Arabic with the plural form each number needs', async () => {
    const checks = (count: number) => ({
      title: 'قائمة',
      scoring: 'count',
      questions: Array.from({ length: count }, (_, index) => ({ id: `q${index}`, text: `سؤال ${index + 1}` })),
    });
    const all = (count: number) => Object.fromEntries(Array.from({ length: count }, (_, index) => [`q${index}`, 'yes']));
    const el = await fixture<MqCandidacyChecklist>(html`<mq-candidacy-checklist locale="ar" .data=${checks(2)} .answers=${all(2)}></mq-candidacy-checklist>`);
    await until(() => result(el) !== null, 3000, 'the Arabic catalog');
    expect(text(result(el))).to.contain('تحقق 2 من بندين'); // two
    el.data = checks(11);
    el.answers = all(11);
    await el.updateComplete;
    expect(text(result(el))).to.contain('تحقق 11 من 11 بندًا'); // many: 11–99
    el.data = checks(1);
    el.answers = all(1);
    await el.updateComplete;
    expect(text(result(el))).to.contain('تحقق 1 من بند واحد'); // one
  });

  it('scores the clinic due-diligence preset and lists the open points', async () => {
    const el = await fixture<MqCandidacyChecklist>(html`<mq-candidacy-checklist preset="clinic-due-diligence"></mq-candidacy-checklist>`);
    expect(text(shadow(el).querySelector('[part="title"]'))).to.equal('Checking a stem cell clinic');
    const fired = oneEvent(el, 'mq-result');
    await answerByKeyboard(el, [0, 0, 1, 2, 0, 0, 0]);
    const { detail } = await fired;
    expect(detail.outcome).to.equal('score');
    expect(detail.score).to.deep.equal({ yes: 5, total: 7, open: ['autologous', 'viability'] });
    expect(text(result(el))).to.contain('5 of 7 checks met');
    expect(Array.from(result(el)!.querySelectorAll('li')).map((li) => text(li))).to.deep.equal([
      'Does the clinic use your own (autologous) cells?',
      'Will the clinic give you cell viability counts on request?',
    ]);
    expect(text(result(el))).to.contain('does not rate or endorse any clinic');
    await expect(el).to.be.accessible();
  });

  it('switches preset, warns about an unknown one, and can be prefilled by property', async () => {
    const el = await fixture<MqCandidacyChecklist>(html`<mq-candidacy-checklist></mq-candidacy-checklist>`);
    el.preset = 'clinic-due-diligence';
    await el.updateComplete;
    expect(groups(el)).to.have.length(7);
    expect(text(groups(el)[0]!.querySelector('legend'))).to.contain('accredited');
    el.preset = 'horoscope';
    await el.updateComplete;
    expect(text(groups(el)[0]!.querySelector('legend'))).to.equal('What kind of scar is it?');
    expect(log.calls.warn[0]).to.contain('preset="horoscope"');
    el.answers = { health: 'no' };
    await el.updateComplete;
    expect(groups(el)[1]!.querySelector<HTMLInputElement>('input:checked')!.value).to.equal('no');
    expect(text(shadow(el).querySelector('[part="progress"]'))).to.equal('1 of 7 answered');
  });

  it('clears everything with the reset button and puts focus back on the first question', async () => {
    const el = await fixture<MqCandidacyChecklist>(html`<mq-candidacy-checklist></mq-candidacy-checklist>`);
    const reset = shadow(el).querySelector<HTMLButtonElement>('[part="reset-button"]')!;
    expect(reset.disabled).to.equal(true);
    await answerByKeyboard(el, CANDIDATE);
    reset.click();
    await el.updateComplete;
    expect(el.answers).to.deep.equal({});
    expect(result(el)).to.equal(null);
    expect(shadow(el).activeElement).to.equal(shadow(el).querySelector('input'));
  });

  it('takes partner questions, options, rules and wording, and shows the error state for broken rules', async () => {
    const data = {
      title: 'Hair transplant check',
      questions: [
        { id: 'loss', text: 'How much hair have you lost?', options: [{ value: 'some', label: 'Some' }, { value: 'most', label: 'Most' }] },
        { id: 'donor', text: 'Is the back of your head full?' },
      ],
      rules: [{ outcome: 'talk', if: [{ any: ['loss'], is: 'most' }] }, { outcome: 'fine' }],
      outcomes: [
        { id: 'talk', tone: 'caution', title: 'Talk to a surgeon', text: 'Extensive loss needs a plan.' },
        { id: 'fine', tone: 'positive', title: 'Worth asking', text: 'Ask for a consultation.' },
      ],
    };
    const el = await fixture<MqCandidacyChecklist>(html`<mq-candidacy-checklist .data=${data}></mq-candidacy-checklist>`);
    await answerByKeyboard(el, [1, 0]);
    expect(text(result(el))).to.contain('Talk to a surgeon');

    const broken = document.createElement('mq-candidacy-checklist');
    broken.data = { ...data, rules: [{ outcome: 'nowhere' }] };
    const fired = oneEvent(broken, 'mq-data-error');
    document.body.append(broken);
    expect((await fired).detail.issues).to.deep.equal([{ path: 'rules', message: 'a rule names an outcome or question that does not exist' }]);
    await broken.updateComplete;
    expect(shadow(broken).querySelector('fieldset')).to.equal(null);
    expect(log.calls.error).to.have.length(1);
    await expect(broken).to.be.accessible();
    broken.remove();
  });

  it('speaks Spanish and right-to-left Arabic, and fits 320px', async () => {
    const wrapper = await fixture(html`<div style="width: 320px">
      <mq-candidacy-checklist lang="es"></mq-candidacy-checklist>
      <div lang="ar"><mq-candidacy-checklist preset="clinic-due-diligence"></mq-candidacy-checklist></div>
    </div>`);
    const [es, ar] = Array.from(wrapper.querySelectorAll<MqCandidacyChecklist>('mq-candidacy-checklist'));
    await until(() => text(shadow(es!)).includes('¿Qué tipo de cicatriz es?') && text(shadow(ar!)).includes('نعم'), 3000, 'translations');
    expect(shadow(ar!).querySelector('.root')!.getAttribute('dir')).to.equal('rtl');
    for (const el of [es!, ar!]) {
      const root = shadow(el).querySelector<HTMLElement>('.root')!;
      expect(root.scrollWidth).to.be.at.most(root.clientWidth);
      await expect(el).to.be.accessible();
    }
  });
});
