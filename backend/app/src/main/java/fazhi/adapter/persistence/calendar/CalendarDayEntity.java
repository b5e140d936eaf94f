package fazhi.adapter.persistence.calendar;

import fazhi.adapter.persistence.shared.TrackedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** One special day of the county-wide holiday calendar (no township: see changeset 005). */
@Entity
@Table(name = "holiday_calendar")
public class CalendarDayEntity extends TrackedEntity {

    @Id
    @Column(name = "calendar_date")
    public LocalDate date;

    @Column(nullable = false, length = 16)
    public String kind;

    @Column(nullable = false, length = 50)
    public String name;
}
