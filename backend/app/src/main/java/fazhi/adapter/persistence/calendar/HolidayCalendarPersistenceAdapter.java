package fazhi.adapter.persistence.calendar;

import fazhi.shared.model.CalendarDay;
import fazhi.shared.model.Stamp;
import fazhi.shared.port.out.HolidayCalendar;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class HolidayCalendarPersistenceAdapter implements HolidayCalendar {

    private final Days days;

    public HolidayCalendarPersistenceAdapter(Days days) {
        this.days = days;
    }

    @Override
    public Optional<CalendarDay> find(LocalDate date) {
        return days.findByIdOptional(date).map(HolidayCalendarPersistenceAdapter::toDomain);
    }

    @Override
    public List<CalendarDay> between(LocalDate from, LocalDate to) {
        return days.list("date between ?1 and ?2", Sort.by("date"), from, to).stream()
                .map(HolidayCalendarPersistenceAdapter::toDomain).toList();
    }

    @Override
    public void save(CalendarDay day, Stamp stamp) {
        CalendarDayEntity entity = days.findByIdOptional(day.date()).orElseGet(() -> {
            CalendarDayEntity created = new CalendarDayEntity();
            created.date = day.date();
            return created;
        });
        entity.kind = day.kind().name();
        entity.name = day.name();
        entity.stamp(stamp);
        days.persist(entity);
        days.flush();
    }

    @Override
    public void delete(LocalDate date) {
        days.deleteById(date);
    }

    private static CalendarDay toDomain(CalendarDayEntity entity) {
        return new CalendarDay(entity.date, CalendarDay.Kind.valueOf(entity.kind), entity.name);
    }

    @ApplicationScoped
    static class Days implements PanacheRepositoryBase<CalendarDayEntity, LocalDate> {
    }
}
