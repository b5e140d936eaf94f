import type { components } from '@/lib/api/schema';

export type CalendarDay = components['schemas']['CalendarDayView'];
export type CalendarYear = components['schemas']['CalendarYearView'];
export type CalendarDayKind = components['schemas']['CalendarDayKind'];

export const dayKinds: readonly CalendarDayKind[] = ['HOLIDAY', 'WORKDAY'];
