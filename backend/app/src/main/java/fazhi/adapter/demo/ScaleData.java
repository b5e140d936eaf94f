package fazhi.adapter.demo;

import fazhi.adapter.persistence.audit.AuditEventEntity;
import fazhi.adapter.persistence.document.NormativeDocumentEntity;
import fazhi.adapter.persistence.enforcementcase.EnforcementCaseEntity;
import fazhi.adapter.persistence.inspection.InspectionEntity;
import fazhi.adapter.persistence.inspection.InspectionOfficerEntity;
import fazhi.adapter.persistence.officer.OfficerEntity;
import fazhi.adapter.persistence.review.LegalityReviewEntity;
import fazhi.adapter.persistence.review.LegalityReviewRoundEntity;
import fazhi.adapter.persistence.shared.ExclusiveRows;
import fazhi.adapter.persistence.shared.PersonalDataCipher;
import fazhi.adapter.persistence.shared.TrackedEntity;
import fazhi.audit.model.AuditChain;
import fazhi.audit.model.AuditEvent;
import fazhi.shared.model.Actor;
import fazhi.shared.model.Township;
import fazhi.shared.model.TownshipCode;
import fazhi.shared.port.in.Townships;
import fazhi.shared.port.out.Clock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.StatelessSession;
import org.jboss.logging.Logger;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Scale data for measuring (never in production): a county's years of records, cloned from the demo data of
 * Jinhe so that every row is a valid record, written through the persistence mapping (the entities, their
 * converters: personal data encrypted, party fingerprints keyed) with batched inserts, and with an audit chain
 * per township that verifies. {@code make bench-data} runs it; it adds only what a township lacks.
 */
@ApplicationScoped
public class ScaleData {

    private static final Logger LOG = Logger.getLogger(ScaleData.class);
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final int CHUNK = 5_000;
    static final String ACTOR = "scale-data";
    /** Townships of a county in Hunan (codes in pinyin), Jinhe first. */
    static final List<String[]> TOWNSHIPS = List.of(
            new String[]{"jinhe", "锦和镇"}, new String[]{"gaocun", "高村镇"}, new String[]{"jiangkouxu", "江口墟镇"},
            new String[]{"lanli", "兰里镇"}, new String[]{"lvjiaping", "吕家坪镇"}, new String[]{"guogongping", "郭公坪镇"},
            new String[]{"yanmen", "岩门镇"}, new String[]{"yaoshi", "尧市镇"}, new String[]{"tanjiazhai", "谭家寨乡"},
            new String[]{"shujiacun", "舒家村乡"}, new String[]{"daqiaojiang", "大桥江乡"},
            new String[]{"banlishu", "板栗树乡"}, new String[]{"longjiabao", "隆家堡乡"},
            new String[]{"hepingxi", "和平溪乡"}, new String[]{"wenchang", "文昌街道"}, new String[]{"huangsang", "黄桑乡"},
            new String[]{"shiyangshao", "石羊哨乡"}, new String[]{"changtan", "长潭乡"}, new String[]{"liping", "栗坪乡"},
            new String[]{"xiping", "西坪镇"});
    private static final String SURNAMES = "张王李赵刘陈杨黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文";
    private static final String GIVEN = "建国华明军平志伟强英秀兰芳丽敏静玉红春桂海燕文杰涛斌勇超辉刚波云飞鹏宇浩然思婷雪梅德福";
    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String ID_CHECK = "10X98765432";
    private static final String CODE_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] CODE_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    /** How much to make: the first township gets {@code firstTownshipCases}, the others share the rest. */
    public record Spec(int townships, int cases, int firstTownshipCases, int inspections, int reviews,
                       int documents, int officers, int years) {
    }

    private final Townships townshipUseCases;
    private final EntityManager em;
    private final StatelessSession rows;
    private final PersonalDataCipher cipher;
    private final Clock clock;
    private final boolean enabled;
    private final Spec configured;
    private final Random random = new Random(20251231L);

    public ScaleData(Townships townshipUseCases, EntityManager em, StatelessSession rows, PersonalDataCipher cipher,
                     Clock clock,
                     @ConfigProperty(name = "fazhi.scale-data.enabled", defaultValue = "false") boolean enabled,
                     @ConfigProperty(name = "fazhi.scale-data.townships", defaultValue = "20") int townships,
                     @ConfigProperty(name = "fazhi.scale-data.cases", defaultValue = "1000000") int cases,
                     @ConfigProperty(name = "fazhi.scale-data.first-township-cases", defaultValue = "200000")
                     int firstTownshipCases,
                     @ConfigProperty(name = "fazhi.scale-data.inspections", defaultValue = "200000") int inspections,
                     @ConfigProperty(name = "fazhi.scale-data.reviews", defaultValue = "100000") int reviews,
                     @ConfigProperty(name = "fazhi.scale-data.documents", defaultValue = "20000") int documents,
                     @ConfigProperty(name = "fazhi.scale-data.officers", defaultValue = "20000") int officers,
                     @ConfigProperty(name = "fazhi.scale-data.years", defaultValue = "10") int years) {
        this.townshipUseCases = townshipUseCases;
        this.em = em;
        this.rows = rows;
        this.cipher = cipher;
        this.clock = clock;
        this.enabled = enabled;
        this.configured = new Spec(townships, cases, firstTownshipCases, inspections, reviews, documents, officers,
                years);
    }

    /** After the demo data (which it clones). */
    void onStart(@Observes @Priority(Interceptor.Priority.LIBRARY_AFTER + 500) StartupEvent event) {
        if (enabled) {
            generate(configured);
        }
    }

    /** Makes the records the spec asks for that the townships do not have yet; answers the rows written. */
    public long generate(Spec spec) {
        long started = System.nanoTime();
        Templates templates = QuarkusTransaction.requiringNew().call(this::templates);
        long written = 0;
        for (int t = 0; t < spec.townships(); t++) {
            String code = TOWNSHIPS.get(t)[0];
            String name = TOWNSHIPS.get(t)[1];
            QuarkusTransaction.requiringNew().run(() -> townshipUseCases.register(Actor.system(),
                    new Township(TownshipCode.of(code), name, code)));
            int others = Math.max(1, spec.townships() - 1);
            int cases = t == 0 ? spec.firstTownshipCases() : (spec.cases() - spec.firstTownshipCases()) / others;
            written += new TownshipRows(code, name.substring(0, 2), templates, spec.years()).write(
                    spec.officers() / spec.townships(), cases, spec.inspections() / spec.townships(),
                    spec.reviews() / spec.townships(), spec.documents() / spec.townships());
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        LOG.infof("scale data ready: %d rows in %.0f s (%.0f rows/s)", written, seconds, written / seconds);
        return written;
    }

    /** The demo records of Jinhe, detached, with their children. */
    private Templates templates() {
        List<EnforcementCaseEntity> cases = em.createQuery("from EnforcementCaseEntity where township = 'jinhe'"
                + " and createdBy <> :scale", EnforcementCaseEntity.class).setParameter("scale", ACTOR).getResultList();
        List<InspectionEntity> inspections = em.createQuery("select distinct i from InspectionEntity i"
                + " left join fetch i.officers where i.township = 'jinhe' and i.createdBy <> :scale",
                InspectionEntity.class).setParameter("scale", ACTOR).getResultList();
        List<LegalityReviewEntity> reviews = em.createQuery("select distinct r from LegalityReviewEntity r"
                + " left join fetch r.rounds where r.township = 'jinhe' and r.createdBy <> :scale",
                LegalityReviewEntity.class).setParameter("scale", ACTOR).getResultList();
        List<NormativeDocumentEntity> documents = em.createQuery("from NormativeDocumentEntity where"
                + " township = 'jinhe' and createdBy <> :scale", NormativeDocumentEntity.class)
                .setParameter("scale", ACTOR).getResultList();
        List<OfficerEntity> officers = em.createQuery("from OfficerEntity where township = 'jinhe'"
                + " and createdBy <> :scale", OfficerEntity.class).setParameter("scale", ACTOR).getResultList();
        if (cases.isEmpty() || officers.isEmpty()) {
            throw new IllegalStateException("scale data clones the demo data: load it first (FAZHI_DEMO_DATA=true)");
        }
        cases.forEach(c -> c.officerIds.size());
        Templates templates = new Templates(cases.stream().filter(c -> c.closedOn != null).toList(),
                cases.stream().filter(c -> c.closedOn == null && c.revokedOn == null).toList(), inspections, reviews,
                documents, officers);
        em.clear();
        return templates;
    }

    private record Templates(List<EnforcementCaseEntity> closedCases, List<EnforcementCaseEntity> openCases,
                             List<InspectionEntity> inspections, List<LegalityReviewEntity> reviews,
                             List<NormativeDocumentEntity> documents, List<OfficerEntity> officers) {
    }

    /** One township's rows: numbers continue its own, its audit chain continues from its head. */
    private final class TownshipRows {

        private final String township;
        private final String shortName;
        private final Templates templates;
        private final int years;
        private final LocalDate today = clock.today();
        private final List<String> officerIds = new ArrayList<>();
        private final Map<String, Integer> numbers = new HashMap<>();
        private final List<AuditEventEntity> pendingEvents = new ArrayList<>();
        /** Children, inserted after their parents so that each kind is one JDBC batch. */
        private final List<Object> pendingChildren = new ArrayList<>();
        /** (case id, position, officer id) of enforcement_case_officer, which has no entity of its own. */
        private final List<Object[]> pendingCaseOfficers = new ArrayList<>();
        private long sequence;
        private String lastHash;

        TownshipRows(String township, String shortName, Templates templates, int years) {
            this.township = township;
            this.shortName = shortName;
            this.templates = templates;
            this.years = years;
        }

        long write(int officers, int cases, int inspections, int reviews, int documents) {
            long have = count("enforcement_case");
            if (have >= cases) {
                LOG.infof("scale data: %s already has %d cases", township, have);
                return 0;
            }
            QuarkusTransaction.requiringNew().run(this::readHeadAndNumbers);
            long written = 0;
            written += chunked(officers, this::officer);
            officerIds.addAll(em.createQuery("select o.id from OfficerEntity o where o.township = :t", String.class)
                    .setParameter("t", township).setMaxResults(200).getResultList());
            written += chunked(cases - (int) have, this::enforcementCase);
            written += chunked(inspections, this::inspection);
            written += chunked(reviews, this::review);
            written += chunked(documents, this::document);
            LOG.infof("scale data: %s has %d rows more, its chain %d events", township, written, sequence);
            return written;
        }

        private long count(String table) {
            return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM " + table + " WHERE township = ?1")
                    .setParameter(1, township).getSingleResult()).longValue();
        }

        private void readHeadAndNumbers() {
            ExclusiveRows.createOrLock(em, "audit_chain_heads", ExclusiveRows.columns("township", township,
                    "last_sequence", 0, "last_hash", AuditChain.GENESIS, "version", 0, "created_at", clock.now(),
                    "created_by", ACTOR, "updated_at", clock.now(), "updated_by", ACTOR));
            Object[] head = (Object[]) em.createNativeQuery("SELECT last_sequence, last_hash FROM audit_chain_heads"
                    + " WHERE township = ?1").setParameter(1, township).getSingleResult();
            sequence = ((Number) head[0]).longValue();
            lastHash = (String) head[1];
            for (Object row : em.createNativeQuery("SELECT kind, counter_year, last_number FROM enforcement_case_counter"
                    + " WHERE township = ?1").setParameter(1, township).getResultList()) {
                Object[] r = (Object[]) row;
                numbers.put(r[0] + "-" + r[1], ((Number) r[2]).intValue());
            }
        }

        /** Writes {@code n} records in transactions of {@link #CHUNK}, each with its audit events and head. */
        private long chunked(int n, Consumer<Integer> one) {
            for (int done = 0; done < n; done += CHUNK) {
                int from = done;
                int to = Math.min(n, done + CHUNK);
                QuarkusTransaction.requiringNew().run(() -> {
                    rows.setJdbcBatchSize(500);
                    for (int i = from; i < to; i++) {
                        one.accept(i);
                    }
                    pendingChildren.forEach(rows::insert);
                    pendingChildren.clear();
                    pendingEvents.forEach(rows::insert);
                    pendingEvents.clear();
                    saveHeadAndNumbers();
                });
                if (!pendingCaseOfficers.isEmpty()) {
                    QuarkusTransaction.requiringNew().run(this::insertCaseOfficers);
                }
            }
            return n;
        }

        private void insertCaseOfficers() {
            for (int from = 0; from < pendingCaseOfficers.size(); from += 1000) {
                List<Object[]> part = pendingCaseOfficers.subList(from, Math.min(pendingCaseOfficers.size(),
                        from + 1000));
                var query = em.createNativeQuery("INSERT INTO enforcement_case_officer (case_id, position, officer_id)"
                        + " VALUES " + String.join(", ", java.util.Collections.nCopies(part.size(), "(?, ?, ?)")));
                int p = 1;
                for (Object[] row : part) {
                    for (Object value : row) {
                        query.setParameter(p++, value);
                    }
                }
                query.executeUpdate();
            }
            pendingCaseOfficers.clear();
        }

        private void saveHeadAndNumbers() {
            em.createNativeQuery("UPDATE audit_chain_heads SET last_sequence = ?1, last_hash = ?2, updated_at = ?3,"
                            + " updated_by = ?4 WHERE township = ?5")
                    .setParameter(1, sequence).setParameter(2, lastHash).setParameter(3, clock.now())
                    .setParameter(4, ACTOR).setParameter(5, township).executeUpdate();
            numbers.forEach((key, last) -> {
                String[] parts = key.split("-");
                ExclusiveRows.createOrUpdate(em, "enforcement_case_counter", ExclusiveRows.columns("township",
                                township, "kind", parts[0], "counter_year", Integer.parseInt(parts[1]), "last_number", last),
                        "last_number = GREATEST(last_number, VALUES(last_number))");
            });
        }

        private void officer(int i) {
            OfficerEntity o = copy(pick(templates.officers()), new OfficerEntity());
            o.id = UUID.randomUUID().toString();
            o.township = township;
            o.name = personName();
            o.phone = "0745-5" + String.format("%06d", random.nextInt(1_000_000));
            o.certificateNumber = o.certificateNumber == null ? null : "湘执法" + township.hashCode() % 1000 + "-" + i;
            LocalDate issued = today.minusDays(random.nextInt(365 * years));
            o.certificateIssuedOn = o.certificateNumber == null ? null : issued;
            o.certificateExpiresOn = o.certificateNumber == null ? null : issued.plusYears(6);
            stamp(o, issued);
            rows.insert(o);
            event(o.createdAt, "officer.registered", "officer", o.id, Map.of("name", o.name));
        }

        private void enforcementCase(int i) {
            LocalDate filed = today.minusDays(random.nextInt(365 * years));
            boolean recent = filed.isAfter(today.minusDays(120));
            List<EnforcementCaseEntity> pool = recent && !templates.openCases().isEmpty() && random.nextInt(3) == 0
                    ? templates.openCases() : templates.closedCases();
            EnforcementCaseEntity template = pick(pool);
            EnforcementCaseEntity c = copy(template, new EnforcementCaseEntity());
            shiftDates(c, ChronoUnit.DAYS.between(template.filedOn, filed));
            c.id = UUID.randomUUID().toString();
            c.township = township;
            c.caseYear = c.filedOn.getYear();
            c.caseSeq = next("CASE", c.caseYear);
            c.caseNumber = shortName + "执立〔" + c.caseYear + "〕第" + c.caseSeq + "号";
            if (c.decisionNumber != null && c.decidedOn != null) {
                c.decisionYear = c.decidedOn.getYear();
                c.decisionSeq = next("PENALTY_DECISION", c.decisionYear);
                c.decisionNumber = shortName + "罚决字〔" + c.decisionYear + "〕第" + c.decisionSeq + "号";
            }
            c.partyName = "ORGANISATION".equals(c.partyKind) ? shortName + personName().charAt(0) + "记商贸有限公司"
                    : personName();
            c.partyIdNumber = c.partyIdNumber == null ? null : idNumber();
            c.partyCreditCode = c.partyCreditCode == null ? null : creditCode();
            c.partyPhone = c.partyPhone == null ? null : "139" + String.format("%08d", random.nextInt(100_000_000));
            c.partyFingerprint = cipher.fingerprint(c.partyIdNumber != null ? c.partyIdNumber : c.partyCreditCode);
            c.officerIds = new ArrayList<>();
            stamp(c, c.filedOn);
            rows.insert(c);
            int first = random.nextInt(officerIds.size());
            pendingCaseOfficers.add(new Object[]{c.id, 0, officerIds.get(first)});
            pendingCaseOfficers.add(new Object[]{c.id, 1, officerIds.get((first + 1) % officerIds.size())});
            event(c.createdAt, "enforcementCase.filed", "enforcementCase", c.id, Map.of("caseNumber", c.caseNumber,
                    "status", c.status));
        }

        private void inspection(int i) {
            InspectionEntity template = pick(templates.inspections());
            InspectionEntity x = copy(template, new InspectionEntity());
            LocalDate planned = today.minusDays(random.nextInt(365 * years));
            shiftDates(x, ChronoUnit.DAYS.between(template.plannedOn, planned));
            x.id = UUID.randomUUID().toString();
            x.township = township;
            x.enterpriseName = shortName + personName().charAt(0) + "记" + (i % 500) + "号商行";
            x.enterpriseCreditCode = creditCode();
            x.officers = new ArrayList<>();
            stamp(x, x.plannedOn);
            rows.insert(x);
            int position = 0;
            int base = random.nextInt(officerIds.size());
            for (InspectionOfficerEntity o : template.officers) {
                InspectionOfficerEntity child = copy(o, new InspectionOfficerEntity());
                child.id = UUID.randomUUID().toString();
                child.inspection = x;
                child.township = township;
                child.officerId = officerIds.get((base + position) % officerIds.size());
                child.listOrder = position++;
                stamp(child, x.plannedOn);
                pendingChildren.add(child);
            }
            event(x.createdAt, "inspection.planned", "inspection", x.id, Map.of("enterprise", x.enterpriseName));
        }

        private void review(int i) {
            LegalityReviewEntity template = pick(templates.reviews());
            LegalityReviewEntity r = copy(template, new LegalityReviewEntity());
            LocalDate submitted = today.minusDays(random.nextInt(365 * years));
            shiftDates(r, ChronoUnit.DAYS.between(template.submittedOn, submitted));
            r.id = UUID.randomUUID().toString();
            r.township = township;
            r.subjectRef = UUID.randomUUID().toString();
            r.rounds = new ArrayList<>();
            stamp(r, r.submittedOn);
            rows.insert(r);
            for (LegalityReviewRoundEntity round : template.rounds) {
                LegalityReviewRoundEntity child = copy(round, new LegalityReviewRoundEntity());
                shiftDates(child, ChronoUnit.DAYS.between(template.submittedOn, submitted));
                child.id = UUID.randomUUID().toString();
                child.review = r;
                child.township = township;
                stamp(child, child.submittedOn);
                pendingChildren.add(child);
            }
            event(r.createdAt, "legalityReview.submitted", "legalityReview", r.id, Map.of("subject", r.subjectTitle));
        }

        private void document(int i) {
            NormativeDocumentEntity template = pick(templates.documents());
            NormativeDocumentEntity d = copy(template, new NormativeDocumentEntity());
            LocalDate submitted = today.minusDays(random.nextInt(365 * years));
            LocalDate base = template.reviewSubmittedOn != null ? template.reviewSubmittedOn
                    : template.createdAt.atZone(CHINA).toLocalDate();
            shiftDates(d, ChronoUnit.DAYS.between(base, submitted));
            d.id = UUID.randomUUID().toString();
            d.township = township;
            d.number = d.number == null ? null : shortName + "政发〔" + submitted.getYear() + "〕" + (i + 100) + "号";
            d.reevaluations = new ArrayList<>();
            stamp(d, submitted);
            rows.insert(d);
            event(d.createdAt, "normativeDocument.drafted", "normativeDocument", d.id, Map.of("title", d.title));
        }

        private int next(String kind, int year) {
            return numbers.merge(kind + "-" + year, 1, Integer::sum);
        }

        /** The record's event, linked into the township's chain (SYS-01). */
        private void event(Instant at, String action, String recordType, String recordId, Map<String, String> fields) {
            StringBuilder changes = new StringBuilder("{");
            new java.util.TreeMap<>(fields).forEach((k, v) -> changes.append(changes.length() > 1 ? "," : "")
                    .append('"').append(k).append("\":{\"after\":\"").append(v.replace("\"", "'")).append("\"}"));
            changes.append('}');
            AuditEvent unhashed = new AuditEvent(UUID.randomUUID().toString(), TownshipCode.of(township),
                    ++sequence, at.truncatedTo(ChronoUnit.SECONDS), ACTOR, action, recordType, recordId,
                    changes.toString(), lastHash, null);
            String hash = AuditChain.hash(lastHash, unhashed);
            AuditEventEntity e = new AuditEventEntity();
            e.id = unhashed.id();
            e.township = township;
            e.sequence = unhashed.sequence();
            e.occurredAt = unhashed.occurredAt();
            e.actor = ACTOR;
            e.action = action;
            e.recordType = recordType;
            e.recordId = recordId;
            e.changes = unhashed.changes();
            e.previousHash = lastHash;
            e.hash = hash;
            e.createdAt = e.occurredAt;
            e.createdBy = ACTOR;
            pendingEvents.add(e);
            lastHash = hash;
        }

        private void stamp(TrackedEntity row, LocalDate on) {
            Instant at = on.atTime(9, random.nextInt(60)).atZone(CHINA).toInstant();
            row.version = 0;
            row.createdAt = at;
            row.createdBy = ACTOR;
            row.updatedAt = at;
            row.updatedBy = ACTOR;
        }
    }

    private <T> T pick(List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    private String personName() {
        return "" + SURNAMES.charAt(random.nextInt(SURNAMES.length())) + GIVEN.charAt(random.nextInt(GIVEN.length()))
                + (random.nextBoolean() ? "" : String.valueOf(GIVEN.charAt(random.nextInt(GIVEN.length()))));
    }

    /** A fictitious identity number of 麻阳 (431226) with a valid GB 11643 check character. */
    private String idNumber() {
        String first = "431226" + (1950 + random.nextInt(55)) + String.format("%02d", 1 + random.nextInt(12))
                + String.format("%02d", 1 + random.nextInt(28)) + String.format("%03d", random.nextInt(1000));
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first.charAt(i) - '0') * ID_WEIGHTS[i];
        }
        return first + ID_CHECK.charAt(sum % 11);
    }

    /** A fictitious unified social credit code with a valid GB 32100 check character. */
    private String creditCode() {
        StringBuilder first = new StringBuilder("914312");
        while (first.length() < 17) {
            first.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CODE_ALPHABET.indexOf(first.charAt(i)) * CODE_WEIGHTS[i];
        }
        return first.toString() + CODE_ALPHABET.charAt((31 - sum % 31) % 31);
    }

    /** Copies every field the template's class and its superclasses declare (entities are plain fields). */
    private static <T> T copy(T template, T into) {
        for (Class<?> type = template.getClass(); type != Object.class; type = type.getSuperclass()) {
            for (Field f : type.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) || f.getName().startsWith("$$")) {
                    continue;
                }
                try {
                    f.setAccessible(true);
                    f.set(into, f.get(template));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return into;
    }

    /** Moves every date of the record by the same number of days, so its deadlines stay consistent. */
    private static void shiftDates(Object row, long days) {
        for (Class<?> type = row.getClass(); type != Object.class; type = type.getSuperclass()) {
            for (Field f : type.getDeclaredFields()) {
                if (f.getType() == LocalDate.class && !Modifier.isStatic(f.getModifiers())) {
                    try {
                        f.setAccessible(true);
                        LocalDate value = (LocalDate) f.get(row);
                        if (value != null) {
                            f.set(row, value.plusDays(days));
                        }
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
    }
}
