import common from '../../core/i18n/ar.js';
import type { Translation } from '../../core/i18n/messages.js';
import type en from './en.js';

export default {
  ...common,
  label: 'اطلب عرض سعر',
  close: 'إغلاق',
  loadError: 'تعذر تحميل النموذج. تحقق من اتصالك وحاول مجددًا.',
  sent: 'أُرسل طلب عرض السعر.',
  notSent: 'لم يُرسل طلب عرض السعر بعد. افتح النموذج لمعرفة السبب.',
} satisfies Translation<typeof en>;
