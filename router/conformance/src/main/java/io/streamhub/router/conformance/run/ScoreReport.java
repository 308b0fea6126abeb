package io.streamhub.router.conformance.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The headline number: per feature area, how many queries our router answers exactly, as
 * markdown.
 */
public final class ScoreReport {

	private static final int DETAIL_LIMIT = 400;

	/**
	 * Areas of our own, beyond the public audit's suite names, are named {@code extra-*}.
	 */
	private static final String EXTRA_PREFIX = "extra-";

	private final List<CaseResult> results = new ArrayList<>();

	private final Map<String, String> supergraphSources = new LinkedHashMap<>();

	public synchronized void add(CaseResult result) {
		this.results.add(result);
	}

	public synchronized void supergraph(String area, ResolvedSupergraph supergraph) {
		String problem = supergraph.composerProblem();
		this.supergraphSources.put(area,
				supergraph.source().name().toLowerCase() + ((problem != null) ? " (" + problem + ")" : ""));
	}

	public synchronized List<CaseResult> results() {
		return List.copyOf(this.results);
	}

	public synchronized long count(CaseStatus status) {
		return this.results.stream().filter((result) -> result.status() == status).count();
	}

	public synchronized long conforming() {
		return this.results.stream().filter((result) -> result.status().conforms()).count();
	}

	public synchronized String toMarkdown() {
		StringBuilder out = new StringBuilder("# Federation conformance of the StreamHub router\n\n");
		int total = this.results.size();
		long passing = conforming();
		out.append(String.format("Score: **%d / %d** queries answered exactly (%.1f%%) in %d areas.%n%n", passing,
				total, percent(passing, total), areas().size()));
		List<CaseResult> audit = this.results.stream()
			.filter((result) -> !result.area().startsWith(EXTRA_PREFIX))
			.toList();
		long auditPassing = audit.stream().filter((result) -> result.status().conforms()).count();
		out.append(String.format("Audit areas only (without our extra-* areas): %d / %d (%.1f%%).%n%n", auditPassing,
				audit.size(), percent(auditPassing, audit.size())));
		out.append(String.format(
				"Build view: %d passed, %d known failures (listed in known-failures.txt), %d unexpected failures, "
						+ "%d unexpected passes (remove them from known-failures.txt).%n%n",
				count(CaseStatus.PASSED), count(CaseStatus.KNOWN_FAILURE), count(CaseStatus.FAILED),
				count(CaseStatus.UNEXPECTED_PASS)));
		out.append("| area | queries | pass | known failures | failures | supergraph |\n");
		out.append("|---|---:|---:|---:|---:|---|\n");
		areas().forEach((area, rows) -> out.append(areaRow(area, rows)));
		appendDetails(out);
		return out.toString();
	}

	private Map<String, List<CaseResult>> areas() {
		Map<String, List<CaseResult>> areas = new LinkedHashMap<>();
		this.results.forEach((result) -> areas.computeIfAbsent(result.area(), (key) -> new ArrayList<>()).add(result));
		return areas;
	}

	private String areaRow(String area, List<CaseResult> rows) {
		long pass = rows.stream().filter((result) -> result.status().conforms()).count();
		long known = rows.stream().filter((result) -> result.status() == CaseStatus.KNOWN_FAILURE).count();
		long failed = rows.stream().filter((result) -> result.status() == CaseStatus.FAILED).count();
		return String.format("| %s | %d | %d | %d | %d | %s |%n", area, rows.size(), pass, known, failed,
				this.supergraphSources.getOrDefault(area, "?"));
	}

	private void appendDetails(StringBuilder out) {
		out.append("\n## Queries not answered exactly\n\n");
		for (CaseResult result : this.results) {
			if (!result.status().conforms()) {
				out.append("- `").append(result.key()).append("` (").append(result.status()).append("): ");
				out.append(truncate(result.detail())).append('\n');
			}
		}
	}

	private static String truncate(String text) {
		String flat = text.replace('\n', ' ');
		return (flat.length() <= DETAIL_LIMIT) ? flat : flat.substring(0, DETAIL_LIMIT) + "…";
	}

	private static double percent(long part, long total) {
		return (total == 0) ? 0 : 100.0 * part / total;
	}

}
