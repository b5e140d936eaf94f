package fazhi.adapter.persistence.training;

import fazhi.adapter.persistence.shared.IdListConverter;
import fazhi.adapter.persistence.shared.TrackedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** One session with its speakers; attendees are roster ids in one column. */
@Entity
@Table(name = "training_sessions")
public class TrainingSessionEntity extends TrackedEntity {

    @Id
    @Column(length = 36)
    public String id;

    @Column(nullable = false, length = 32)
    public String township;

    @Column(name = "session_type", nullable = false, length = 32)
    public String type;

    @Column(name = "meeting_kind", length = 32)
    public String meetingKind;

    @Column(name = "held_on", nullable = false)
    public LocalDate heldOn;

    @Column(nullable = false, length = 200)
    public String place;

    @Column(name = "venue_kind", nullable = false, length = 32)
    public String venueKind;

    @Column(nullable = false, length = 40)
    public String occasion;

    @Column(nullable = false, length = 200)
    public String title;

    @Convert(converter = TextLinesConverter.class)
    @Column(columnDefinition = "TEXT")
    public List<String> topics;

    @Convert(converter = TextLinesConverter.class)
    @Column(name = "laws_studied", columnDefinition = "TEXT")
    public List<String> lawsStudied;

    @Convert(converter = IdListConverter.class)
    @Column(name = "attendee_ids", columnDefinition = "TEXT")
    public List<String> attendeeIds;

    @Column(name = "head_count")
    public Integer headCount;

    @Column(name = "materials_count", nullable = false)
    public int materialsCount;

    @Column(name = "judicial_office_head_attended", nullable = false)
    public boolean judicialOfficeHeadAttended;

    @ElementCollection
    @CollectionTable(name = "training_session_speakers", joinColumns = @JoinColumn(name = "session_id"))
    @OrderColumn(name = "position")
    @Fetch(FetchMode.SUBSELECT)
    public List<SpeakerColumns> speakers = new ArrayList<>();
}
