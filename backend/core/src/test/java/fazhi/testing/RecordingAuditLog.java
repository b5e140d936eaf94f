package fazhi.testing;

import fazhi.shared.port.out.AuditLog;

import java.util.ArrayList;
import java.util.List;

/** Keeps every entry written, in order. */
public final class RecordingAuditLog implements AuditLog {

    private final List<Entry> entries = new ArrayList<>();

    @Override
    public void record(Entry entry) {
        entries.add(entry);
    }

    public List<Entry> entries() {
        return List.copyOf(entries);
    }

    public Entry last() {
        if (entries.isEmpty()) {
            throw new AssertionError("nothing was audited");
        }
        return entries.get(entries.size() - 1);
    }

    public void clear() {
        entries.clear();
    }
}
