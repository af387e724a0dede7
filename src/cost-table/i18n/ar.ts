import common from '../../core/i18n/ar.js';
import type { Translation } from '../../core/i18n/messages.js';
import type en from './en.js';

export default {
  ...common,
  subtitle: 'التكلفة التقديرية حسب الوجهة',
  columnDestination: 'الوجهة',
  columnPrice: 'السعر التقديري',
  columnSavings: 'التوفير',
  columnAction: 'عرض السعر',
  baseline: 'أساس المقارنة',
  featured: 'مميز',
  chosen: 'تم اختياره',
  openRange: '{range} أو أكثر',
  fromPrice: 'ابتداءً من {price}',
  approximate: '≈ {price}',
  savingsRange: '{range}',
  savingsStated: '{range} (حسب المصدر)',
  savingsUnknown: 'غير متوفر',
  rowIncludes: 'يشمل {items}.',
  rowExcludes: 'لا يشمل: {items}.',
  requestQuote: 'اطلب عرض سعر',
  requestQuoteFor: 'اطلب عرض سعر لـ {label}',
  sortBy: 'الترتيب حسب {column}',
  sorted: 'مرتب حسب {column}، {direction}.',
  ascending: 'تصاعديًا',
  descending: 'تنازليًا',
  disclaimer:
    'تقديرات للمعلومات فقط: ليست عرض سعر ولا نصيحة طبية. يعتمد السعر النهائي على العيادة وعدد الجلسات ونوع الندبة، ويُحدَّد بعد الاستشارة.',
  includes: 'تشمل الأسعار {items}.',
  excludes: 'لا تشمل: {items}.',
  savingsComputed:
    'يبيّن التوفير كم تقل تكلفة كل وجهة عن {baseline}، مقرّبًا إلى الأدنى حتى لا يُبالغ فيه.',
  savingsHow: 'كيف نحسب ذلك',
  savingsFormula:
    'يُقارن كل نطاق سعري بنطاق {baseline}: التوفير الأصغر = 1 − أعلى سعر للوجهة ÷ أعلى سعر أساسي، والأكبر = 1 − أدنى سعر للوجهة ÷ أدنى سعر أساسي.',
  savingsStatedNote: 'التوفير كما يذكره المصدر، ولم يُحسب هنا.',
  converted: 'أسعار محوّلة من {from} بأسعار صرف بتاريخ {date} يوفرها هذا الموقع؛ المبالغ المعلّمة بـ ≈ تقريبية.',
  source: 'المصدر: {source}.',
  asOf: 'الأسعار بتاريخ {date}.',
  defaultCaption: 'العلاج بالخلايا الجذعية للندبات',
  defaultBaseline: 'الولايات المتحدة / أوروبا الغربية',
  defaultIncludes: 'سحب الدهون ومعالجة الخلايا في المختبر والحقن',
  defaultExcludes: 'الطيران والفندق والليالي الإضافية',
} satisfies Translation<typeof en>;
