package fazhi.adapter.rest.shared;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The resource's {@code {township}} and {@code {id}} path parameters name a record of this type (the audit
 * trail's record type): before a request body is read, {@link TownshipRecordFilter} answers 404 when the caller
 * may not see the township or the township holds no such record (SYS-04), so another township's record is not
 * found whatever the body says.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface TownshipRecord {

    /** The record type, e.g. {@code "officer"}; a resource without records of its own says {@code ""}. */
    String value();
}
