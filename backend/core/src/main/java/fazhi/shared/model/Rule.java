package fazhi.shared.model;

/**
 * The rule catalogue of DOMAIN.md: each rule has an id that refusals name, and its legal basis.
 */
public enum Rule {
    ENF_01("ENF-01", "《行政处罚法》第42条"),
    ENF_02("ENF-02", "《行政处罚法》第42条"),
    ENF_03("ENF-03", "《行政处罚法》第51条"),
    ENF_04("ENF-04", "《行政处罚法》第60条"),
    ENF_05("ENF-05", "《行政处罚法》第44条、第45条"),
    ENF_06("ENF-06", "《行政处罚法》第63条、第64条"),
    ENF_07("ENF-07", "《行政处罚法》第58条"),
    ENF_08("ENF-08", "《行政处罚法》第33条"),
    ENF_09("ENF-09", "《行政处罚法》第47条、第55条"),
    ENF_10("ENF-10", "《行政处罚法》第61条"),
    ENF_11("ENF-11", "《行政处罚法》第66条、第72条"),
    ENF_12("ENF-12", "《行政处罚法》第36条"),
    ENF_13("ENF-13", "《行政处罚法》第48条"),
    ENF_14("ENF-14", "国办发〔2024〕54号"),
    LR_01("LR-01", "国办发〔2018〕115号"),
    LR_02("LR-02", "《重大行政决策程序暂行条例》"),
    LR_03("LR-03", "《锦和镇人民政府合同管理办法(试行)》"),
    LR_04("LR-04", ""),
    LR_05("LR-05", ""),
    LR_06("LR-06", "国办发〔2018〕37号"),
    CON_01("CON-01", "《锦和镇人民政府合同管理办法(试行)》"),
    CON_02("CON-02", "《锦和镇人民政府合同管理办法(试行)》"),
    CON_03("CON-03", ""),
    TRN_01("TRN-01", "《锦和镇2025年法治政府建设工作情况汇报》二(一)"),
    TRN_02("TRN-02", "《锦和镇2025年法治政府建设工作情况汇报》"),
    SYS_01("SYS-01", ""),
    SYS_02("SYS-02", ""),
    SYS_03("SYS-03", ""),
    SYS_04("SYS-04", "");

    private final String id;
    private final String legalBasis;

    Rule(String id, String legalBasis) {
        this.id = id;
        this.legalBasis = legalBasis;
    }

    public String id() {
        return id;
    }

    /** The law and article the rule rests on, or empty where it is the system's own. */
    public String legalBasis() {
        return legalBasis;
    }
}
