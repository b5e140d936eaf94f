package fazhi.config;

import fazhi.enforcement.figures.port.in.ReadingEnforcementFigures;
import fazhi.enforcement.figures.port.out.EnforcementFiguresRepository;
import fazhi.enforcement.figures.service.EnforcementFiguresService;
import fazhi.shared.port.in.Townships;
import fazhi.shared.port.out.Clock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** The enforcement figures of the annual report as a CDI bean. */
@ApplicationScoped
public class EnforcementFiguresWiring {

    @Produces
    @ApplicationScoped
    ReadingEnforcementFigures readingEnforcementFigures(EnforcementFiguresRepository repository, Townships townships,
                                                        Clock clock) {
        return new EnforcementFiguresService(repository, townships, clock);
    }
}
