package io.streamhub.router.server.config;

/**
 * Limits checked on the document before planning ({@code router.limits.*}).
 */
public class LimitsProperties {

	/**
	 * Deepest selection nesting (fragments expanded).
	 */
	private int maxDepth = 15;

	/**
	 * Aliased fields in the operation (fragments expanded).
	 */
	private int maxAliases = 30;

	/**
	 * Fields selected on the root type.
	 */
	private int maxRootFields = 20;

	/**
	 * Directives on one field.
	 */
	private int maxDirectivesPerField = 5;

	/**
	 * Lexical tokens in the document (the parser stops counting there).
	 */
	private int maxTokens = 15_000;

	/**
	 * Static cost estimate: each field costs 1, multiplied by the list sizes above it.
	 */
	private long maxCost = 50_000;

	/**
	 * List size assumed for a list field without a {@code first}/{@code last} argument.
	 */
	private int defaultListSize = 10;

	public int getMaxDepth() {
		return this.maxDepth;
	}

	public void setMaxDepth(int maxDepth) {
		this.maxDepth = maxDepth;
	}

	public int getMaxAliases() {
		return this.maxAliases;
	}

	public void setMaxAliases(int maxAliases) {
		this.maxAliases = maxAliases;
	}

	public int getMaxRootFields() {
		return this.maxRootFields;
	}

	public void setMaxRootFields(int maxRootFields) {
		this.maxRootFields = maxRootFields;
	}

	public int getMaxDirectivesPerField() {
		return this.maxDirectivesPerField;
	}

	public void setMaxDirectivesPerField(int maxDirectivesPerField) {
		this.maxDirectivesPerField = maxDirectivesPerField;
	}

	public int getMaxTokens() {
		return this.maxTokens;
	}

	public void setMaxTokens(int maxTokens) {
		this.maxTokens = maxTokens;
	}

	public long getMaxCost() {
		return this.maxCost;
	}

	public void setMaxCost(long maxCost) {
		this.maxCost = maxCost;
	}

	public int getDefaultListSize() {
		return this.defaultListSize;
	}

	public void setDefaultListSize(int defaultListSize) {
		this.defaultListSize = defaultListSize;
	}

}
