package fazhi.adapter.persistence.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "townships")
public class TownshipEntity extends TrackedEntity {

    @Id
    @Column(length = 32)
    public String code;

    @Column(name = "name_zh", nullable = false, length = 100)
    public String nameZh;

    @Column(name = "name_en", nullable = false, length = 100)
    public String nameEn;
}
