package fazhi.adapter.persistence.training;

import fazhi.adapter.persistence.shared.ListQuery;
import fazhi.adapter.persistence.shared.ListQuery.Order;
import fazhi.adapter.persistence.shared.Listings;
import fazhi.shared.model.Page;
import fazhi.shared.model.PageRequest;
import fazhi.shared.model.Stamp;
import fazhi.shared.model.TownshipCode;
import fazhi.training.model.MeetingKind;
import fazhi.training.model.Occasion;
import fazhi.training.model.SessionDetails;
import fazhi.training.model.SessionType;
import fazhi.training.model.Speaker;
import fazhi.training.model.SpeakerOrganisation;
import fazhi.training.model.TrainingSession;
import fazhi.training.model.VenueKind;
import fazhi.training.port.in.SessionQuery;
import fazhi.training.port.out.TrainingSessionRepository;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class TrainingSessionPersistenceAdapter implements TrainingSessionRepository, Listings {

    static final Map<String, Order> SORTS = Map.of(
            "heldOn", Order.unique("ix_training_sessions_held", "held_on", "id"));

    private final Sessions sessions;

    public TrainingSessionPersistenceAdapter(Sessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public Optional<TrainingSession> find(TownshipCode township, String id) {
        return sessions.find("id = ?1 and township = ?2", id, township.value()).firstResultOptional()
                .map(TrainingSessionPersistenceAdapter::toDomain);
    }

    @Override
    public TrainingSession save(TrainingSession s, Stamp stamp) {
        TrainingSessionEntity e = sessions.findByIdOptional(s.id()).orElseGet(() -> {
            TrainingSessionEntity created = new TrainingSessionEntity();
            created.id = s.id();
            created.township = s.township().value();
            return created;
        });
        SessionDetails d = s.details();
        e.type = d.type().name();
        e.meetingKind = d.meetingKind() == null ? null : d.meetingKind().name();
        e.heldOn = d.heldOn();
        e.place = d.place();
        e.venueKind = d.venueKind().name();
        e.occasion = d.occasion().name();
        e.title = d.title();
        e.topics = d.topics();
        e.lawsStudied = d.lawsStudied();
        e.attendeeIds = d.attendeeIds();
        e.headCount = d.headCount();
        e.materialsCount = d.materialsCount();
        e.judicialOfficeHeadAttended = d.judicialOfficeHeadAttended();
        e.speakers.clear();
        for (Speaker speaker : d.speakers()) {
            SpeakerColumns columns = new SpeakerColumns();
            columns.name = speaker.name();
            columns.organisation = speaker.organisation().name();
            e.speakers.add(columns);
        }
        e.stamp(stamp);
        sessions.persist(e);
        sessions.flush();
        return toDomain(e);
    }

    @Override
    public List<Listing<?>> listings() {
        return List.of(new Listing<>("training-sessions", SessionQuery.class, SessionQuery.SORTABLE,
                (township, query, page, today) -> listQuery(township, query, page)));
    }

    @Override
    public Page<TrainingSession> search(TownshipCode township, SessionQuery query, PageRequest page) {
        return listQuery(township, query, page).fetch(sessions.getEntityManager(), TrainingSessionEntity.class,
                e -> e.id, page).map(TrainingSessionPersistenceAdapter::toDomain);
    }

    ListQuery listQuery(TownshipCode township, SessionQuery query, PageRequest page) {
        ListQuery list = ListQuery.of("training_sessions", township.value());
        if (query.type() != null) {
            list.where("session_type = ?", query.type().name());
        }
        if (query.meetingKind() != null) {
            list.where("meeting_kind = ?", query.meetingKind().name());
        }
        if (query.venueKind() != null) {
            list.where("venue_kind = ?", query.venueKind().name());
        }
        if (query.occasion() != null) {
            list.where("occasion = ?", query.occasion().name());
        }
        if (query.year() != null) {
            list.where("held_on >= ? AND held_on <= ?", LocalDate.of(query.year(), 1, 1),
                    LocalDate.of(query.year(), 12, 31));
        }
        if (query.from() != null) {
            list.where("held_on >= ?", query.from());
        }
        if (query.to() != null) {
            list.where("held_on <= ?", query.to());
        }
        return list.orderBy(SORTS.get(page.sortField()), page.ascending());
    }

    @Override
    public long centralGroupStudies(TownshipCode township, int year) {
        return ((Number) sessions.getEntityManager().createNativeQuery("""
                        SELECT COUNT(*) FROM training_sessions
                         WHERE township = ?1 AND held_on >= ?2 AND held_on <= ?3 AND session_type = ?4""")
                .setParameter(1, township.value()).setParameter(2, LocalDate.of(year, 1, 1))
                .setParameter(3, LocalDate.of(year, 12, 31))
                .setParameter(4, SessionType.CENTRAL_GROUP_STUDY.name()).getSingleResult()).longValue();
    }

    static TrainingSession toDomain(TrainingSessionEntity e) {
        List<Speaker> speakers = e.speakers.stream()
                .map(s -> new Speaker(s.name, SpeakerOrganisation.valueOf(s.organisation))).toList();
        SessionDetails details = new SessionDetails(SessionType.valueOf(e.type),
                e.meetingKind == null ? null : MeetingKind.valueOf(e.meetingKind), e.heldOn, e.place,
                VenueKind.valueOf(e.venueKind), Occasion.valueOf(e.occasion), e.title, e.topics, e.lawsStudied,
                speakers, e.attendeeIds, e.headCount, e.materialsCount, e.judicialOfficeHeadAttended);
        return new TrainingSession(e.id, TownshipCode.of(e.township), details, e.version, e.created(),
                e.updated());
    }

    @ApplicationScoped
    static class Sessions implements PanacheRepositoryBase<TrainingSessionEntity, String> {
    }
}
