import common from '../../core/i18n/ar.js';
import type { Translation } from '../../core/i18n/messages.js';
import type en from './en.js';

export default {
  ...common,
  abroad: 'في الخارج',
  home: 'في البلد',
  timeAbroad: 'المدة في الخارج: {range}',
  flightHome: 'رحلة العودة: {range}',
  arrivalDate: 'تاريخ الوصول',
  phaseDates: '{range}',
  phaseDatesBetween: 'خلال الفترة {range}',
  current: 'أنت هنا',
  stepOf: 'الخطوة {n} من {total}',
  countingRule: 'تُحسب التواريخ باعتبار يوم الوصول اليوم الأول، ورحلة العودة في اليوم التالي لآخر يوم في الخارج.',
  durationsVary: 'تختلف المدد من مريض لآخر، وتؤكد العيادة خطتك بعد الاستشارة.',
  disclaimer: 'معلومات عامة، وليست نصيحة طبية.',
  addToCalendar: 'أضف إلى التقويم',
  calendarNote: 'تواريخ تقديرية من جدول العلاج. ليست نصيحة طبية؛ تؤكد عيادتك الخطة.',
  defaultTitle: 'العلاج بالخلايا الجذعية للندبات: رحلتك وتعافيك',
  defaultPreTitle: 'قبل العلاج',
  defaultPreText: 'استشارة مع الأخصائي وتحاليل دم وفحص أخير للتأكد من ملاءمة العلاج لك.',
  defaultProcedureTitle: 'يوم العلاج',
  defaultProcedureText:
    'تحت التخدير الموضعي تُسحب كمية صغيرة من الدهون بشفط مصغّر، وتُحضَّر الخلايا في المختبر ثم تُحقن في الندبة. تستغرق العملية كلها من 3 إلى 6 ساعات وتغادر في اليوم نفسه.',
  defaultRecoveryTitle: 'الراحة قرب العيادة',
  defaultRecoveryText:
    'راحة ونشاط خفيف وفحص قبل السفر. الكدمات والتورم والألم في موضع سحب الدهون شائعة وتزول خلال أسبوع تقريبًا، وقد تكون الندبة المعالجة حمراء أو متورمة أو مؤلمة. العدوى والنزيف نادران.',
  defaultResultsTitle: 'النتائج في بلدك',
  defaultResultsText:
    'يتجدد الجلد ببطء، ويتحسن ملمسه ومظهره تدريجيًا على مدى أشهر. تختلف النتائج: يلاحظ بعض المرضى تغيرًا أقل مما كانوا يأملون.',
} satisfies Translation<typeof en>;
