import { expect } from '@open-wc/testing';
import { evaluate, holds } from '../../src/candidacy-checklist/rules.js';
import { clinicDueDiligence, stemCellScarCandidacy } from '../../src/data/stem-cell-scars-checklists.js';
import { checklist } from '../../src/schema/checklist.js';

const words = (key: string) => key;
const candidacy = stemCellScarCandidacy(words);
const base = { 'scar-type': 'keloid', health: 'yes', maturity: 'yes', fat: 'yes', pregnancy: 'no', cancer: 'no', inflammatory: 'no' };

describe('candidacy-checklist/rules', () => {
  it('needs every answer before it gives an outcome', () => {
    expect(evaluate(candidacy, { health: 'yes' })).to.equal(null);
  });

  it('follows the seed rules: a contraindication first, then all factors, else review', () => {
    expect(evaluate(candidacy, base)!.outcome).to.equal('candidate');
    expect(evaluate(candidacy, { ...base, pregnancy: 'yes' })!.outcome).to.equal('not-suitable');
    expect(evaluate(candidacy, { ...base, maturity: 'no', cancer: 'yes' })!.outcome).to.equal('not-suitable');
    expect(evaluate(candidacy, { ...base, fat: 'unsure' })!.outcome).to.equal('review');
    // Unsure about a contraindication is not "no contraindication".
    expect(evaluate(candidacy, { ...base, inflammatory: 'unsure' })!.outcome).to.equal('review');
  });

  it('reports only its own questions in the answers', () => {
    expect(evaluate(candidacy, { ...base, stray: 'x' })!.answers).to.deep.equal(base);
  });

  it('scores the due-diligence preset and lists the open points', () => {
    const preset = clinicDueDiligence(words);
    const answers = { accreditation: 'yes', lab: 'yes', autologous: 'no', viability: 'unsure', physician: 'yes', evidence: 'yes', package: 'no' };
    expect(evaluate(preset, answers)!.score).to.deep.equal({ yes: 4, total: 7, open: ['autologous', 'viability', 'package'] });
  });

  it('matches any/all conditions', () => {
    expect(holds({ any: ['a', 'b'], is: 'yes' }, { a: 'no', b: 'yes' })).to.equal(true);
    expect(holds({ all: ['a', 'b'], is: 'yes' }, { a: 'no', b: 'yes' })).to.equal(false);
  });

  it('rejects rules that name unknown outcomes or questions, or leave cases uncovered', () => {
    const bad = { ...candidacy, rules: [{ outcome: 'nowhere' }] };
    expect(checklist.safeParse(bad).success).to.equal(false);
    const noCatchAll = { ...candidacy, rules: candidacy.rules!.slice(0, 2) };
    expect(checklist.safeParse(noCatchAll).success).to.equal(false);
    expect(checklist.safeParse(candidacy).success).to.equal(true);
  });
});
