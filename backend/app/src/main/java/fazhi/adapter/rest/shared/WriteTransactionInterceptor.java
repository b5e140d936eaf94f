package fazhi.adapter.rest.shared;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PessimisticLockException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionManager;
import org.jboss.logging.Logger;

import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The safety net for serialization failures, in one place: the request's work runs in a new transaction; when
 * MySQL or MariaDB refuses it for a deadlock (1213) or a lock wait timeout (1205, SQLSTATE 40001 and kin), the
 * transaction is rolled back whole and the work runs again, after a short random pause, at most
 * {@value #ATTEMPTS} times; then the caller is asked to retry later ({@link TransientConflict}, 503). Retrying is
 * safe because a rolled-back request left nothing behind: every change of a request is in its transaction.
 */
@WriteTransaction
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class WriteTransactionInterceptor {

    static final int ATTEMPTS = 5;
    private static final Logger LOG = Logger.getLogger(WriteTransactionInterceptor.class);

    private final TransactionManager transactions;

    public WriteTransactionInterceptor(TransactionManager transactions) {
        this.transactions = transactions;
    }

    @AroundInvoke
    Object retried(InvocationContext invocation) throws Exception {
        for (int attempt = 1; ; attempt++) {
            try {
                return inTransaction(invocation);
            } catch (Exception e) {
                if (!isSerializationFailure(e)) {
                    throw e;
                }
                if (attempt == ATTEMPTS) {
                    LOG.warnf("%s gave up after %d serialization failures: %s", invocation.getMethod().getName(),
                            attempt, e.getMessage());
                    throw new TransientConflict(e);
                }
                LOG.debugf("%s retried after a serialization failure (attempt %d)",
                        invocation.getMethod().getName(), attempt);
                pause(attempt);
            }
        }
    }

    private Object inTransaction(InvocationContext invocation) throws Exception {
        transactions.begin();
        Object result;
        try {
            result = invocation.proceed();
        } catch (Exception | Error e) {
            rollback();
            throw e;
        }
        if (transactions.getStatus() == Status.STATUS_MARKED_ROLLBACK) {
            transactions.rollback();
            return result;
        }
        try {
            transactions.commit();
        } catch (RollbackException e) {
            // a failure while flushing at commit: the cause is what the database said
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        return result;
    }

    private void rollback() {
        try {
            if (transactions.getStatus() != Status.STATUS_NO_TRANSACTION) {
                transactions.rollback();
            }
        } catch (Exception e) {
            LOG.warn("rollback failed", e);
        }
    }

    /** A deadlock or lock wait timeout, anywhere in the chain of causes. */
    static boolean isSerializationFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof PessimisticLockException || t instanceof LockTimeoutException) {
                return true;
            }
            if (t instanceof SQLException sql && (sql.getErrorCode() == 1213 || sql.getErrorCode() == 1205
                    || "40001".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    /** Exponential back-off with full jitter: 10, 20, 40, 80 ms at most. */
    private static void pause(int attempt) throws InterruptedException {
        Thread.sleep(ThreadLocalRandom.current().nextLong(1, 10L << (attempt - 1)));
    }
}
