package fazhi.adapter.persistence.contract;

import fazhi.adapter.persistence.shared.PersonalDataConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;

/** A counterparty's columns, the same in a contract, its amendments and its versions. */
@Embeddable
public class CounterpartyColumns {

    @Column(name = "counterparty_kind", nullable = false, length = 16)
    public String kind;

    @Column(name = "counterparty_name", nullable = false, length = 100)
    public String name;

    @Column(name = "counterparty_credit_code", length = 18)
    public String creditCode;

    /** Personal data: ciphertext in the table. */
    @Convert(converter = PersonalDataConverter.class)
    @Column(name = "counterparty_id_number", length = 115)
    public String idNumber;

    @Column(name = "counterparty_legal_representative", length = 50)
    public String legalRepresentative;

    /** Personal data: ciphertext in the table. */
    @Convert(converter = PersonalDataConverter.class)
    @Column(name = "counterparty_phone", length = 123)
    public String phone;

    @Column(name = "counterparty_address", length = 200)
    public String address;
}
