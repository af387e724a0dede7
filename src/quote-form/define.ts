/** Side effect: registers `<mq-quote-form>`. */
import { defineElement } from '../core/define.js';
import { MqQuoteForm } from './quote-form.js';

defineElement('mq-quote-form', MqQuoteForm);

declare global {
  interface HTMLElementTagNameMap {
    'mq-quote-form': MqQuoteForm;
  }
}
