/** Every visible string of `<mq-recovery-timeline>` in English, the fallback for every key. */
import common from '../../core/i18n/en.js';

export default {
  ...common,
  abroad: 'Abroad',
  home: 'At home',
  timeAbroad: 'Time abroad: {range}',
  flightHome: 'Flight home: {range}',
  arrivalDate: 'Arrival date',
  phaseDates: '{range}',
  phaseDatesBetween: 'Within {range}',
  current: 'You are here',
  stepOf: 'Step {n} of {total}',
  countingRule: 'Dates count your arrival day as day 1; the flight home is the day after your last day abroad.',
  durationsVary: 'Durations vary from patient to patient; the clinic confirms your plan after the consultation.',
  disclaimer: 'General information, not medical advice.',
  addToCalendar: 'Add to calendar',
  calendarNote: 'Estimated dates from a treatment timeline. Not medical advice; your clinic confirms the plan.',
  defaultTitle: 'Stem cell therapy for scars: your trip and recovery',
  defaultPreTitle: 'Before treatment',
  defaultPreText: 'Consultation with the specialist, blood tests and a final check that the treatment suits you.',
  defaultProcedureTitle: 'Treatment day',
  defaultProcedureText:
    'Under local anaesthetic a little fat is taken by mini-liposuction, the cells are prepared in the lab, then injected into the scar. The whole process takes about 3 to 6 hours and you leave the same day.',
  defaultRecoveryTitle: 'Rest near the clinic',
  defaultRecoveryText:
    'Rest, light activity and a check-up before you fly. Bruising, swelling and soreness where the fat was taken are common and settle in about a week; the treated scar may be red, swollen or tender. Infection and bleeding are rare.',
  defaultResultsTitle: 'Results at home',
  defaultResultsText:
    'The skin remodels slowly, and texture and appearance improve gradually over the months. Results differ: some patients see less change than they hoped.',
} as const;
