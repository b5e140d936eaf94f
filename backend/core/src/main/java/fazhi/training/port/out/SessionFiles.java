package fazhi.training.port.out;

import fazhi.shared.model.TownshipCode;

import java.util.List;

/** The files (attachments: minutes, photos) a session holds, by id. */
public interface SessionFiles {

    List<String> of(TownshipCode township, String sessionId);
}
