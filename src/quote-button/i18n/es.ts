import common from '../../core/i18n/es.js';
import type { Translation } from '../../core/i18n/messages.js';
import type en from './en.js';

export default {
  ...common,
  label: 'Pedir presupuesto',
  close: 'Cerrar',
  loadError: 'No se ha podido cargar el formulario. Compruebe su conexión y vuelva a intentarlo.',
  sent: 'Su solicitud de presupuesto se ha enviado.',
  notSent: 'Su solicitud de presupuesto aún no se ha enviado. Abra el formulario para ver por qué.',
} satisfies Translation<typeof en>;
