package io.streamhub.router.composition.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The directives composition carries from subgraph elements to the supergraph:
 * {@code @inaccessible}, {@code @tag}, {@code @deprecated} and {@code @specifiedBy}.
 */
public final class Applied {

	private boolean inaccessible;

	private final Set<String> tags = new LinkedHashSet<>();

	private @Nullable String deprecationReason;

	private @Nullable String specifiedBy;

	public boolean inaccessible() {
		return this.inaccessible;
	}

	public void markInaccessible() {
		this.inaccessible = true;
	}

	public Set<String> tags() {
		return this.tags;
	}

	public @Nullable String deprecationReason() {
		return this.deprecationReason;
	}

	public void deprecate(String reason) {
		if (this.deprecationReason == null) {
			this.deprecationReason = reason;
		}
	}

	public @Nullable String specifiedBy() {
		return this.specifiedBy;
	}

	public void specifiedBy(String url) {
		if (this.specifiedBy == null) {
			this.specifiedBy = url;
		}
	}

	/**
	 * Adds what another element carries (union of tags, inaccessible if any is, first
	 * deprecation).
	 * @param other the other element's directives
	 */
	public void mergeFrom(Applied other) {
		if (other.inaccessible) {
			this.inaccessible = true;
		}
		this.tags.addAll(other.tags);
		if (other.deprecationReason != null) {
			deprecate(other.deprecationReason);
		}
		if (other.specifiedBy != null) {
			specifiedBy(other.specifiedBy);
		}
	}

	public List<String> tagList() {
		return new ArrayList<>(this.tags);
	}

}
