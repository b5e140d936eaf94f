package fazhi.contract.port.in;

import fazhi.contract.model.Counterparty;
import fazhi.contract.model.CounterpartyKind;
import fazhi.shared.model.Actor;

/**
 * The counterparty as the actor may see it ({@link Counterparty#DISCLOSURE}): identity number and phone whole for
 * staff, legal reviewers and leaders, masked for every other role ({@code masked} says which).
 */
public record DisclosedCounterparty(CounterpartyKind kind, String name, String creditCode, String idNumber,
                                    String legalRepresentative, String phone, String address, boolean masked) {

    public static DisclosedCounterparty of(Counterparty p, Actor actor) {
        boolean whole = Counterparty.DISCLOSURE.isWholeFor(actor);
        return new DisclosedCounterparty(p.kind(), p.name(), p.creditCode() == null ? null : p.creditCode().value(),
                Counterparty.DISCLOSURE.show(actor, p.idNumber(), id -> id.value()), p.legalRepresentative(),
                Counterparty.DISCLOSURE.show(actor, p.phone()), p.address(), !whole);
    }
}
