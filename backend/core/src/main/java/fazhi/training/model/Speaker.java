package fazhi.training.model;

import fazhi.shared.model.InvalidInput;

/** A speaker of a session (主讲人) and the organisation they come from. */
public record Speaker(String name, SpeakerOrganisation organisation) {

    public Speaker {
        name = TrainingTexts.required("name", name, 50);
        if (organisation == null) {
            throw new InvalidInput("organisation", "field.required");
        }
    }
}
