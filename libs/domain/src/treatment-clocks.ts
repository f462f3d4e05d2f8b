/**
 * The clinical clocks of a CAR-T stay that both planning (travel) and pricing (billing) reason
 * about: stated once here so a timeline and the estimate made from it can never disagree
 * (docs/domain.md).
 */
export interface DayRange {
  min: number;
  max: number;
}

/** Conditioning chemotherapy before the infusion. */
export const LYMPHODEPLETION_DAYS: DayRange = { min: 3, max: 5 };
/** Autologous manufacturing, apheresis to a product ready to infuse, when the trial does not say. */
export const DEFAULT_MANUFACTURING_WEEKS: DayRange = { min: 3, max: 6 };
/** In-hospital monitoring for CRS and ICANS after the infusion, unless the centre says otherwise. */
export const DEFAULT_MONITORING_DAYS: DayRange = { min: 14, max: 30 };
/** Centres that allow it let the patient leave hospital after this day and be monitored from a nearby hotel. */
export const HOTEL_AFTER_DAY = 14;

/**
 * How the monitoring days split between hospital and hotel: in hospital up to day 14 and in a hotel
 * after it where the centre allows the move and monitoring may last beyond day 14; otherwise all in hospital.
 */
export function monitoringStay(monitoringDays: DayRange, hotelAfterDay14: boolean): { inHospital: DayRange; inHotel: DayRange | null } {
  if (!hotelAfterDay14 || monitoringDays.max <= HOTEL_AFTER_DAY) return { inHospital: monitoringDays, inHotel: null };
  return {
    inHospital: { min: Math.min(monitoringDays.min, HOTEL_AFTER_DAY), max: HOTEL_AFTER_DAY },
    inHotel: { min: Math.max(monitoringDays.min - HOTEL_AFTER_DAY, 0), max: monitoringDays.max - HOTEL_AFTER_DAY },
  };
}
