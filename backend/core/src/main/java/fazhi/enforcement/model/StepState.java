package fazhi.enforcement.model;

/** Where a step stands: done, the one to do now, still ahead, or not needed for this case. */
public enum StepState {
    DONE,
    CURRENT,
    PENDING,
    SKIPPED
}
