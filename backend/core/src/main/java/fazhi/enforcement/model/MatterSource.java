package fazhi.enforcement.model;

/** Where a township's power over an enforcement matter comes from. */
public enum MatterSource {
    /** 县级赋权: delegated by the county, under a county document. */
    COUNTY_DELEGATED,
    /** 乡镇自有: the township's own power by law. */
    OWN
}
