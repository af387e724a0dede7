/** Side effect: registers `<mq-quote-button>` (the form's own code loads on the button's first hover, focus or click). */
import { defineElement } from '../core/define.js';
import { MqQuoteButton } from './quote-button.js';

defineElement('mq-quote-button', MqQuoteButton);

declare global {
  interface HTMLElementTagNameMap {
    'mq-quote-button': MqQuoteButton;
  }
}
