package fazhi.enforcement.port.in;

import fazhi.enforcement.model.Party;
import fazhi.enforcement.model.PartyKind;
import fazhi.shared.model.Actor;

/**
 * The party as the actor may see it ({@link Party#DISCLOSURE}): identity number and phone whole for officers and
 * leaders, masked for every other role ({@code masked} says which).
 */
public record DisclosedParty(PartyKind kind, String name, String idNumber, String creditCode,
                             String legalRepresentative, String phone, String address, boolean masked) {

    public static DisclosedParty of(Party party, Actor actor) {
        boolean whole = Party.DISCLOSURE.isWholeFor(actor);
        return new DisclosedParty(party.kind(), party.name(),
                Party.DISCLOSURE.show(actor, party.idNumber(), id -> id.value()),
                party.creditCode() == null ? null : party.creditCode().value(), party.legalRepresentative(),
                Party.DISCLOSURE.show(actor, party.phone()), party.address(), !whole);
    }
}
