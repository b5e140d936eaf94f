package fazhi.adapter.persistence.training;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One speaker of a session; see 021-training.xml. */
@Embeddable
public class SpeakerColumns {

    @Column(nullable = false, length = 50)
    public String name;

    @Column(nullable = false, length = 32)
    public String organisation;
}
