package fazhi.review.model;

import java.time.LocalDate;

/**
 * Collective discussion (集体讨论): the meeting (e.g. 镇政府常务会议) that discussed the decision, its date and the
 * reference of its minutes (会议纪要). Validates itself.
 */
public record CollectiveDiscussion(LocalDate meetingOn, String minutesRef) {

    public static final int MAX_MINUTES_REF_LENGTH = 100;

    public CollectiveDiscussion {
        InputCheck check = new InputCheck();
        check.present("meetingOn", meetingOn);
        minutesRef = check.required("minutesRef", minutesRef, MAX_MINUTES_REF_LENGTH);
        check.done();
    }
}
