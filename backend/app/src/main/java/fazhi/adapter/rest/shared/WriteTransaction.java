package fazhi.adapter.rest.shared;

import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A request that changes records runs as one transaction; when the database gives up on it for another
 * transaction's sake (a deadlock, a lock wait timeout) the whole transaction runs again a few times
 * ({@link WriteTransactionInterceptor}). Every changing resource method carries it instead of
 * {@code @Transactional}, which an architecture test keeps so.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface WriteTransaction {
}
