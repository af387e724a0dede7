import common from '../../core/i18n/es.js';
import type { Translation } from '../../core/i18n/messages.js';
import type en from './en.js';

export default {
  ...common,
  abroad: 'En el extranjero',
  home: 'En casa',
  timeAbroad: 'Tiempo en el extranjero: {range}',
  flightHome: 'Vuelo de regreso: {range}',
  arrivalDate: 'Fecha de llegada',
  phaseDates: '{range}',
  phaseDatesBetween: 'Dentro del periodo {range}',
  current: 'Está aquí',
  stepOf: 'Paso {n} de {total}',
  countingRule: 'Las fechas cuentan el día de llegada como día 1; el vuelo de regreso es el día siguiente al último día en el extranjero.',
  durationsVary: 'La duración varía de un paciente a otro; la clínica confirma su plan tras la consulta.',
  disclaimer: 'Información general, no consejo médico.',
  addToCalendar: 'Añadir al calendario',
  calendarNote: 'Fechas estimadas de un calendario de tratamiento. No es consejo médico; su clínica confirma el plan.',
  defaultTitle: 'Terapia con células madre para cicatrices: su viaje y su recuperación',
  defaultPreTitle: 'Antes del tratamiento',
  defaultPreText: 'Consulta con el especialista, análisis de sangre y una última comprobación de que el tratamiento es adecuado para usted.',
  defaultProcedureTitle: 'Día del tratamiento',
  defaultProcedureText:
    'Con anestesia local se extrae un poco de grasa mediante minilipoaspiración, las células se preparan en el laboratorio y después se inyectan en la cicatriz. Todo el proceso dura de 3 a 6 horas y sale el mismo día.',
  defaultRecoveryTitle: 'Reposo cerca de la clínica',
  defaultRecoveryText:
    'Reposo, actividad ligera y una revisión antes de volar. Son habituales los hematomas, la hinchazón y las molestias donde se extrajo la grasa, que ceden en una semana aproximadamente; la cicatriz tratada puede estar roja, hinchada o sensible. La infección y el sangrado son raros.',
  defaultResultsTitle: 'Resultados en casa',
  defaultResultsText:
    'La piel se remodela poco a poco y la textura y el aspecto mejoran gradualmente con los meses. Los resultados varían: algunos pacientes notan menos cambio del que esperaban.',
} satisfies Translation<typeof en>;
