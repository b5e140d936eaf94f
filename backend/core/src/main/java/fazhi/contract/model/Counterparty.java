package fazhi.contract.model;

import fazhi.shared.model.CreditCode;
import fazhi.shared.model.Disclosure;
import fazhi.shared.model.InvalidInput;
import fazhi.shared.model.ResidentIdNumber;
import fazhi.shared.model.Role;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The other party of a contract (相对方): an organisation with its unified social credit code (GB 32100) and its
 * legal representative, or a person with the citizen identity number (GB 11643). The identity number and the
 * phone are personal data: stored encrypted, shown whole only to the roles that work contracts
 * ({@link #DISCLOSURE}).
 */
public record Counterparty(CounterpartyKind kind, String name, CreditCode creditCode, ResidentIdNumber idNumber,
                           String legalRepresentative, String phone, String address) {

    public static final int MAX_NAME_LENGTH = 100;
    public static final int MAX_REPRESENTATIVE_LENGTH = 50;
    public static final int MAX_PHONE_LENGTH = 20;
    public static final int MAX_ADDRESS_LENGTH = 200;
    /** Who sees the identity number and the phone whole: the clerks, the reviewers and the leadership. */
    public static final Disclosure DISCLOSURE = Disclosure.wholeTo(Role.STAFF, Role.LEGAL_REVIEWER, Role.LEADER);
    private static final Pattern PHONE = Pattern.compile("[0-9+\\- ]{5,20}");

    public Counterparty {
        List<InvalidInput.FieldViolation> violations = new ArrayList<>();
        name = name == null ? null : name.strip();
        legalRepresentative = blankToNull(legalRepresentative);
        phone = blankToNull(phone);
        address = blankToNull(address);
        if (kind == null) {
            violations.add(violation("counterparty.kind", "field.required"));
        }
        if (name == null || name.isEmpty()) {
            violations.add(violation("counterparty.name", "field.required"));
        } else if (name.length() > MAX_NAME_LENGTH) {
            violations.add(violation("counterparty.name", "field.tooLong", MAX_NAME_LENGTH));
        }
        if (kind == CounterpartyKind.ORGANISATION) {
            if (creditCode == null) {
                violations.add(violation("counterparty.creditCode", "field.required"));
            }
            if (idNumber != null) {
                violations.add(violation("counterparty.idNumber", "contract.counterparty.notForOrganisation"));
            }
        }
        if (kind == CounterpartyKind.INDIVIDUAL) {
            if (idNumber == null) {
                violations.add(violation("counterparty.idNumber", "field.required"));
            }
            if (creditCode != null) {
                violations.add(violation("counterparty.creditCode", "contract.counterparty.notForIndividual"));
            }
            if (legalRepresentative != null) {
                violations.add(violation("counterparty.legalRepresentative",
                        "contract.counterparty.notForIndividual"));
            }
        }
        if (legalRepresentative != null && legalRepresentative.length() > MAX_REPRESENTATIVE_LENGTH) {
            violations.add(violation("counterparty.legalRepresentative", "field.tooLong",
                    MAX_REPRESENTATIVE_LENGTH));
        }
        if (phone != null && (phone.length() > MAX_PHONE_LENGTH || !PHONE.matcher(phone).matches())) {
            violations.add(violation("counterparty.phone", "contract.counterparty.phone.format"));
        }
        if (address != null && address.length() > MAX_ADDRESS_LENGTH) {
            violations.add(violation("counterparty.address", "field.tooLong", MAX_ADDRESS_LENGTH));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
    }

    public static Counterparty organisation(String name, CreditCode creditCode, String legalRepresentative,
                                            String phone, String address) {
        return new Counterparty(CounterpartyKind.ORGANISATION, name, creditCode, null, legalRepresentative, phone,
                address);
    }

    public static Counterparty individual(String name, ResidentIdNumber idNumber, String phone, String address) {
        return new Counterparty(CounterpartyKind.INDIVIDUAL, name, null, idNumber, null, phone, address);
    }

    /**
     * The counterparty as the input names it: the credit code or the identity number parsed with their check
     * characters, each refusal naming its field under {@code counterparty}.
     */
    public static Counterparty parse(CounterpartyKind kind, String name, String creditCode, String idNumber,
                                     String legalRepresentative, String phone, String address) {
        if (kind == null) {
            throw new InvalidInput("counterparty.kind", "field.required");
        }
        return switch (kind) {
            case ORGANISATION -> {
                if (blankToNull(idNumber) != null) {
                    throw new InvalidInput("counterparty.idNumber", "contract.counterparty.notForOrganisation");
                }
                yield new Counterparty(kind, name, CreditCode.parse("counterparty.creditCode", creditCode), null,
                        legalRepresentative, phone, address);
            }
            case INDIVIDUAL -> {
                if (blankToNull(creditCode) != null) {
                    throw new InvalidInput("counterparty.creditCode", "contract.counterparty.notForIndividual");
                }
                yield new Counterparty(kind, name, null, ResidentIdNumber.parse("counterparty.idNumber", idNumber),
                        legalRepresentative, phone, address);
            }
        };
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static InvalidInput.FieldViolation violation(String field, String key, Object... args) {
        return new InvalidInput.FieldViolation(field, key, List.of(args));
    }

    @Override
    public String toString() {
        return "Counterparty[" + kind + ", " + name + "]";
    }
}
