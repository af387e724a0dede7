import common from '../../core/i18n/es.js';
import type { Translation } from '../../core/i18n/messages.js';
import type en from './en.js';

export default {
  ...common,
  subtitle: 'Coste estimado por destino',
  columnDestination: 'Destino',
  columnPrice: 'Precio estimado',
  columnSavings: 'Ahorro',
  columnAction: 'Presupuesto',
  baseline: 'Referencia de comparación',
  featured: 'Destacado',
  chosen: 'Elegido',
  openRange: '{range} o más',
  fromPrice: 'desde {price}',
  approximate: '≈ {price}',
  savingsRange: '{range}',
  savingsStated: '{range} (según la fuente)',
  savingsUnknown: 'no disponible',
  rowIncludes: 'Incluye {items}.',
  rowExcludes: 'No incluye: {items}.',
  requestQuote: 'Pedir presupuesto',
  requestQuoteFor: 'Pedir presupuesto para {label}',
  sortBy: 'Ordenar por {column}',
  sorted: 'Ordenado por {column}, {direction}.',
  ascending: 'ascendente',
  descending: 'descendente',
  disclaimer:
    'Estimaciones solo informativas: no son un presupuesto ni consejo médico. El precio final depende de la clínica, del número de sesiones y de la cicatriz, y se fija tras una consulta.',
  includes: 'Los precios cubren {items}.',
  excludes: 'No incluyen: {items}.',
  savingsComputed:
    'El ahorro indica cuánto menos cuesta cada destino que {baseline}, redondeado a la baja para no exagerarlo.',
  savingsHow: 'Cómo lo calculamos',
  savingsFormula:
    'Cada rango de precios se compara con el de {baseline}: el ahorro menor es 1 − máximo del destino ÷ máximo de referencia; el mayor, 1 − mínimo del destino ÷ mínimo de referencia.',
  savingsStatedNote: 'El ahorro es el que indica la fuente; no se calcula aquí.',
  converted: 'Precios convertidos desde {from} con tipos de cambio del {date} facilitados por este sitio; los importes con ≈ son aproximados.',
  source: 'Fuente: {source}.',
  asOf: 'Precios a fecha de {date}.',
  defaultCaption: 'Terapia con células madre para cicatrices',
  defaultBaseline: 'Estados Unidos / Europa occidental',
  defaultIncludes: 'la extracción de grasa, el procesado de las células en laboratorio y la inyección',
  defaultExcludes: 'vuelos, hotel y noches adicionales',
} satisfies Translation<typeof en>;
