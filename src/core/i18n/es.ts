import type en from './en.js';

export default {
  loading: 'Cargando…',
  dataError: 'Esta información no se puede mostrar en este momento.',
  dataErrorHint: 'El responsable del sitio encontrará los detalles en la consola del navegador.',
} satisfies typeof en;
