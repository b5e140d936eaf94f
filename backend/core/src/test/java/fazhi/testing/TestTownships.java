package fazhi.testing;

import fazhi.shared.model.Township;
import fazhi.shared.model.TownshipCode;

/** The townships the tests use: Jinhe (the first one), Gaocun and Lanli. */
public final class TestTownships {

    public static final TownshipCode JINHE = TownshipCode.of("jinhe");
    public static final TownshipCode GAOCUN = TownshipCode.of("gaocun");
    public static final TownshipCode LANLI = TownshipCode.of("lanli");

    public static final Township JINHE_TOWN = new Township(JINHE, "锦和镇", "Jinhe");
    public static final Township GAOCUN_TOWN = new Township(GAOCUN, "高村镇", "Gaocun");
    public static final Township LANLI_TOWN = new Township(LANLI, "兰里镇", "Lanli");

    private TestTownships() {
    }

    /** All three, stored out of code order. */
    public static InMemoryTownshipRepository theCounty() {
        return InMemoryTownshipRepository.with(LANLI_TOWN, JINHE_TOWN, GAOCUN_TOWN);
    }
}
