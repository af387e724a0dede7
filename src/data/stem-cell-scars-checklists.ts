/**
 * The checklists built in: the candidacy self-check for stem cell therapy for scars (eligibility
 * factors and contraindications from the seed) and the clinic due-diligence preset. The words
 * come from the element's catalog; the rules are the project's wording rules: never "eligible".
 */
import type { ChecklistData } from '../schema/checklist.js';
import type en from '../candidacy-checklist/i18n/en.js';

type Words = (key: keyof typeof en) => string;

export function stemCellScarCandidacy(t: Words): ChecklistData {
  const question = (id: keyof typeof en, help?: keyof typeof en) => ({ id, text: t(id), ...(help ? { help: t(help) } : {}) });
  return {
    title: t('defaultTitle'),
    intro: t('defaultIntro'),
    questions: [
      {
        id: 'scar-type',
        text: t('scarType'),
        options: [
          { value: 'atrophic', label: t('scarAtrophic') },
          { value: 'hypertrophic', label: t('scarHypertrophic') },
          { value: 'keloid', label: t('scarKeloid') },
          { value: 'burn', label: t('scarBurn') },
          { value: 'unsure', label: t('unsure') },
        ],
      },
      question('health'),
      question('maturity', 'maturityHelp'),
      question('fat', 'fatHelp'),
      question('pregnancy'),
      question('cancer'),
      question('inflammatory'),
    ],
    rules: [
      { outcome: 'not-suitable', if: [{ any: ['pregnancy', 'cancer', 'inflammatory'], is: 'yes' }] },
      {
        outcome: 'candidate',
        if: [
          { all: ['health', 'maturity', 'fat'], is: 'yes' },
          { all: ['pregnancy', 'cancer', 'inflammatory'], is: 'no' },
        ],
      },
      { outcome: 'review' },
    ],
    outcomes: [
      { id: 'candidate', tone: 'positive', title: t('candidateTitle'), text: t('candidateText') },
      { id: 'review', tone: 'caution', title: t('reviewTitle'), text: t('reviewText') },
      { id: 'not-suitable', tone: 'stop', title: t('stopTitle'), text: t('stopText') },
    ],
  };
}

export function clinicDueDiligence(t: Words): ChecklistData {
  const ids = ['accreditation', 'lab', 'autologous', 'viability', 'physician', 'evidence', 'package'] as const;
  return {
    title: t('clinicTitle'),
    intro: t('clinicIntro'),
    scoring: 'count',
    questions: ids.map((id) => ({ id, text: t(id) })),
  };
}
