package fazhi.testing;

import fazhi.shared.model.CalendarDay;
import fazhi.shared.model.CalendarDay.Kind;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The State Council's holiday schedules for 2025 (国办发明电〔2024〕12号) and 2026 (notice of 2025-11-04), as the
 * changeset 005-holiday-calendar ships them.
 */
public final class StateCouncilSchedules {

    private StateCouncilSchedules() {
    }

    public static List<CalendarDay> of2025And2026() {
        List<CalendarDay> days = new ArrayList<>();
        holidays(days, "元旦", "2025-01-01", "2025-01-01");
        holidays(days, "春节", "2025-01-28", "2025-02-04");
        workday(days, "春节调休上班", "2025-01-26");
        workday(days, "春节调休上班", "2025-02-08");
        holidays(days, "清明节", "2025-04-04", "2025-04-06");
        holidays(days, "劳动节", "2025-05-01", "2025-05-05");
        workday(days, "劳动节调休上班", "2025-04-27");
        holidays(days, "端午节", "2025-05-31", "2025-06-02");
        holidays(days, "国庆节、中秋节", "2025-10-01", "2025-10-08");
        workday(days, "国庆节调休上班", "2025-09-28");
        workday(days, "国庆节调休上班", "2025-10-11");
        holidays(days, "元旦", "2026-01-01", "2026-01-03");
        workday(days, "元旦调休上班", "2026-01-04");
        holidays(days, "春节", "2026-02-15", "2026-02-23");
        workday(days, "春节调休上班", "2026-02-14");
        workday(days, "春节调休上班", "2026-02-28");
        holidays(days, "清明节", "2026-04-04", "2026-04-06");
        holidays(days, "劳动节", "2026-05-01", "2026-05-05");
        workday(days, "劳动节调休上班", "2026-05-09");
        holidays(days, "端午节", "2026-06-19", "2026-06-21");
        holidays(days, "中秋节", "2026-09-25", "2026-09-27");
        holidays(days, "国庆节", "2026-10-01", "2026-10-07");
        workday(days, "国庆节调休上班", "2026-09-20");
        workday(days, "国庆节调休上班", "2026-10-10");
        return List.copyOf(days);
    }

    private static void holidays(List<CalendarDay> days, String name, String from, String to) {
        for (LocalDate d = LocalDate.parse(from); !d.isAfter(LocalDate.parse(to)); d = d.plusDays(1)) {
            days.add(new CalendarDay(d, Kind.HOLIDAY, name));
        }
    }

    private static void workday(List<CalendarDay> days, String name, String date) {
        days.add(new CalendarDay(LocalDate.parse(date), Kind.WORKDAY, name));
    }
}
