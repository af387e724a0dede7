/** Side effect: registers `<mq-candidacy-checklist>`. */
import { defineElement } from '../core/define.js';
import { MqCandidacyChecklist } from './candidacy-checklist.js';

defineElement('mq-candidacy-checklist', MqCandidacyChecklist);

declare global {
  interface HTMLElementTagNameMap {
    'mq-candidacy-checklist': MqCandidacyChecklist;
  }
}
