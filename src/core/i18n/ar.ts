import type en from './en.js';

export default {
  loading: 'جارٍ التحميل…',
  dataError: 'لا يمكن عرض هذه المعلومات الآن.',
  dataErrorHint: 'يجد مسؤول الموقع التفاصيل في وحدة تحكم المتصفح.',
} satisfies typeof en;
