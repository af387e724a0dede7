/** Messages every element shows: loading and data-error states. */
export const en = {
  loading: 'Loading…',
  dataError: 'This information cannot be shown right now.',
  dataErrorHint: 'The site owner can find the details in the browser console.',
};
export type CommonMessages = typeof en;

export const es: CommonMessages = {
  loading: 'Cargando…',
  dataError: 'Esta información no se puede mostrar en este momento.',
  dataErrorHint: 'El responsable del sitio encontrará los detalles en la consola del navegador.',
};

export const ar: CommonMessages = {
  loading: 'جارٍ التحميل…',
  dataError: 'لا يمكن عرض هذه المعلومات الآن.',
  dataErrorHint: 'يجد مسؤول الموقع التفاصيل في وحدة تحكم المتصفح.',
};
