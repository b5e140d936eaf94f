package fazhi.enforcement.model;

import fazhi.shared.model.CreditCode;
import fazhi.shared.model.Disclosure;
import fazhi.shared.model.InvalidInput;
import fazhi.shared.model.ResidentIdNumber;
import fazhi.shared.model.Role;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The party of a case (当事人): a person with a citizen identity number (GB 11643), or an organisation with a
 * unified social credit code (GB 32100) and its legal representative. The identity number and the phone are
 * personal data: stored encrypted, shown whole only to the roles that need them ({@link #DISCLOSURE}).
 */
public record Party(PartyKind kind, String name, ResidentIdNumber idNumber, CreditCode creditCode,
                    String legalRepresentative, String phone, String address) {

    public static final int MAX_NAME_LENGTH = 100;
    public static final int MAX_REPRESENTATIVE_LENGTH = 50;
    public static final int MAX_PHONE_LENGTH = 20;
    public static final int MAX_ADDRESS_LENGTH = 200;
    /** Who may see the identity number and the phone whole: the officers and the leadership. */
    public static final Disclosure DISCLOSURE = Disclosure.wholeTo(Role.OFFICER, Role.LEADER);
    private static final Pattern PHONE = Pattern.compile("[0-9+\\- ]{5,20}");
    /** Two-character surnames, so that 欧阳明 is published as 欧阳某, not 欧某. */
    private static final Set<String> COMPOUND_SURNAMES = Set.of("欧阳", "司马", "上官", "诸葛", "东方", "皇甫",
            "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯", "轩辕", "令狐", "端木", "独孤", "南宫", "西门");

    public Party {
        List<InvalidInput.FieldViolation> violations = new ArrayList<>();
        name = name == null ? null : name.strip();
        legalRepresentative = blankToNull(legalRepresentative);
        phone = blankToNull(phone);
        address = blankToNull(address);
        if (kind == null) {
            violations.add(violation("party.kind", "field.required"));
        }
        if (name == null || name.isEmpty()) {
            violations.add(violation("party.name", "field.required"));
        } else if (name.length() > MAX_NAME_LENGTH) {
            violations.add(violation("party.name", "field.tooLong", MAX_NAME_LENGTH));
        }
        if (kind == PartyKind.INDIVIDUAL) {
            if (idNumber == null) {
                violations.add(violation("party.idNumber", "field.required"));
            }
            if (creditCode != null) {
                violations.add(violation("party.creditCode", "enforcementCase.party.notForIndividual"));
            }
            if (legalRepresentative != null) {
                violations.add(violation("party.legalRepresentative", "enforcementCase.party.notForIndividual"));
            }
        }
        if (kind == PartyKind.ORGANISATION) {
            if (creditCode == null) {
                violations.add(violation("party.creditCode", "field.required"));
            }
            if (idNumber != null) {
                violations.add(violation("party.idNumber", "enforcementCase.party.notForOrganisation"));
            }
        }
        if (legalRepresentative != null && legalRepresentative.length() > MAX_REPRESENTATIVE_LENGTH) {
            violations.add(violation("party.legalRepresentative", "field.tooLong", MAX_REPRESENTATIVE_LENGTH));
        }
        if (phone != null && (phone.length() > MAX_PHONE_LENGTH || !PHONE.matcher(phone).matches())) {
            violations.add(violation("party.phone", "enforcementCase.party.phone.format"));
        }
        if (address != null && address.length() > MAX_ADDRESS_LENGTH) {
            violations.add(violation("party.address", "field.tooLong", MAX_ADDRESS_LENGTH));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
    }

    public static Party individual(String name, ResidentIdNumber idNumber, String phone, String address) {
        return new Party(PartyKind.INDIVIDUAL, name, idNumber, null, null, phone, address);
    }

    public static Party organisation(String name, CreditCode creditCode, String legalRepresentative, String phone,
                                     String address) {
        return new Party(PartyKind.ORGANISATION, name, null, creditCode, legalRepresentative, phone, address);
    }

    /**
     * The party as the input names it: the identity number or the credit code parsed with their check
     * characters, each refusal naming its field under {@code party}.
     */
    public static Party parse(PartyKind kind, String name, String idNumber, String creditCode,
                              String legalRepresentative, String phone, String address) {
        if (kind == null) {
            throw new InvalidInput("party.kind", "field.required");
        }
        return switch (kind) {
            case INDIVIDUAL -> {
                if (blankToNull(creditCode) != null) {
                    throw new InvalidInput("party.creditCode", "enforcementCase.party.notForIndividual");
                }
                yield new Party(kind, name, ResidentIdNumber.parse("party.idNumber", idNumber), null,
                        legalRepresentative, phone, address);
            }
            case ORGANISATION -> {
                if (blankToNull(idNumber) != null) {
                    throw new InvalidInput("party.idNumber", "enforcementCase.party.notForOrganisation");
                }
                yield new Party(kind, name, null, CreditCode.parse("party.creditCode", creditCode),
                        legalRepresentative, phone, address);
            }
        };
    }

    /**
     * What identifies the party across cases (ENF-08): the identity number of a person, the credit code of an
     * organisation. The persistence adapter keeps only a keyed fingerprint of it for the search.
     */
    public String identifier() {
        return kind == PartyKind.INDIVIDUAL ? idNumber.value() : creditCode.value();
    }

    /** The name as published (ENF-13): an organisation by its name, a person as surname + 某. */
    public String publicName() {
        if (kind == PartyKind.ORGANISATION) {
            return name;
        }
        String surname = name.length() > 2 && COMPOUND_SURNAMES.contains(name.substring(0, 2))
                ? name.substring(0, 2) : name.substring(0, 1);
        return surname + "某";
    }

    public boolean isOrganisation() {
        return kind == PartyKind.ORGANISATION;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static InvalidInput.FieldViolation violation(String field, String key, Object... args) {
        return new InvalidInput.FieldViolation(field, key, List.of(args));
    }

    @Override
    public String toString() {
        return "Party[" + kind + ", " + name + "]";
    }
}
