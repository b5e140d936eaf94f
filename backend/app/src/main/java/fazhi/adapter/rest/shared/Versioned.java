package fazhi.adapter.rest.shared;

/** A view of a record that carries its version, from which its ETag is made. */
public interface Versioned {

    long version();
}
