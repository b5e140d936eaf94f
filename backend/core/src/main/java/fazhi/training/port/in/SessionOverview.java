package fazhi.training.port.in;

import fazhi.training.model.TrainingSession;

import java.util.List;
import java.util.Objects;

/** A session with the ids of its files (minutes, photos: attachments of record type training-session). */
public record SessionOverview(TrainingSession session, List<String> fileIds) {

    public SessionOverview {
        Objects.requireNonNull(session);
        fileIds = List.copyOf(fileIds);
    }
}
