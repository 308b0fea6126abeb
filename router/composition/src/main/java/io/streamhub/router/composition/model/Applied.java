package io.streamhub.router.composition.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The directives composition carries from subgraph elements to the supergraph:
 * {@code @inaccessible}, {@code @tag} and {@code @deprecated}.
 */
public final class Applied {

	private boolean inaccessible;

	private final Set<String> tags = new LinkedHashSet<>();

	private @Nullable String deprecationReason;

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
	}

	public List<String> tagList() {
		return new ArrayList<>(this.tags);
	}

}
