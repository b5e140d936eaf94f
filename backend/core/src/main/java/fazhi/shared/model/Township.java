package fazhi.shared.model;

/** A township (乡镇) of the county, with its names in Chinese and English. */
public record Township(TownshipCode code, String nameZh, String nameEn) {
}
