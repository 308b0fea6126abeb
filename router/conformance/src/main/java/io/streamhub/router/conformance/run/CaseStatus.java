package io.streamhub.router.conformance.run;

/**
 * How a case ended, seen from the build.
 */
public enum CaseStatus {

	/** Conforms and is not listed as a known failure. */
	PASSED,

	/**
	 * Does not conform and is listed in {@code known-failures.txt}: reported, build stays
	 * green.
	 */
	KNOWN_FAILURE,

	/** Does not conform and is not listed: the build fails. */
	FAILED,

	/**
	 * Conforms but is still listed as a known failure: the build fails until the line is
	 * removed.
	 */
	UNEXPECTED_PASS;

	public boolean conforms() {
		return this == PASSED || this == UNEXPECTED_PASS;
	}

	public boolean breaksBuild() {
		return this == FAILED || this == UNEXPECTED_PASS;
	}

}
