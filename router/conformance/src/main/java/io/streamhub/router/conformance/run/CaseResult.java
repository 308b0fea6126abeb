package io.streamhub.router.conformance.run;

/**
 * The outcome of one (area, query).
 *
 * @param area feature area
 * @param caseId case id inside the area
 * @param status outcome
 * @param detail what differed, or empty
 */
public record CaseResult(String area, String caseId, CaseStatus status, String detail) {

	public String key() {
		return KnownFailures.key(this.area, this.caseId);
	}

	static CaseResult of(String area, String caseId, boolean conforms, boolean known, String detail) {
		CaseStatus status = conforms ? (known ? CaseStatus.UNEXPECTED_PASS : CaseStatus.PASSED)
				: (known ? CaseStatus.KNOWN_FAILURE : CaseStatus.FAILED);
		return new CaseResult(area, caseId, status, detail);
	}

}
