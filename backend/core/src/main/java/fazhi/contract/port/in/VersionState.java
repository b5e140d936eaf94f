package fazhi.contract.port.in;

import fazhi.contract.model.ContractVersion;

/** One version of a signed contract's terms (CON-02), its counterparty as the actor may see it. */
public record VersionState(ContractVersion version, DisclosedCounterparty counterparty) {
}
