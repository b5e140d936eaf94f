package fazhi.training.port.in;

import fazhi.shared.model.Actor;
import fazhi.shared.model.TownshipCode;
import fazhi.training.model.TrainingFigures;

/** The training figures of a township's year, for the annual report and the county. */
public interface ReadingTrainingFigures {

    /** Every role that works in the township may read them; another township's answers 404 (SYS-04). */
    TrainingFigures figures(Actor actor, TownshipCode township, int year);
}
