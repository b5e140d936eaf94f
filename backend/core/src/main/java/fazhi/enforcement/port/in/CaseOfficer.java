package fazhi.enforcement.port.in;

/** An officer of a case as the case page names them; the certificate number is null when they hold none. */
public record CaseOfficer(String id, String name, String certificateNumber) {
}
