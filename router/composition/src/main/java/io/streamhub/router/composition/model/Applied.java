package io.streamhub.router.composition.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The directives composition carries from subgraph elements to the supergraph:
 * {@code @inaccessible}, {@code @tag}, {@code @deprecated}, {@code @specifiedBy} and the
 * access control directives ({@code @authenticated}, {@code @requiresScopes},
 * {@code @policy}), and applications of custom directives (kept as printed, the printer
 * keeps those of directives composed with {@code @composeDirective}).
 */
public final class Applied {

	private boolean inaccessible;

	private final Set<String> tags = new LinkedHashSet<>();

	private @Nullable String deprecationReason;

	private @Nullable String specifiedBy;

	private boolean authenticated;

	private final List<List<List<String>>> requiresScopes = new ArrayList<>();

	private final List<List<List<String>>> policies = new ArrayList<>();

	private @Nullable Integer costWeight;

	private @Nullable ListSize listSize;

	private final List<String> custom = new ArrayList<>();

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

	public boolean authenticated() {
		return this.authenticated;
	}

	public void markAuthenticated() {
		this.authenticated = true;
	}

	/**
	 * The {@code @requiresScopes(scopes:)} values, one per subgraph application (each a
	 * disjunction of conjunctions).
	 * @return the applications' values
	 */
	public List<List<List<String>>> requiresScopes() {
		return this.requiresScopes;
	}

	/**
	 * The {@code @policy(policies:)} values, one per subgraph application.
	 * @return the applications' values
	 */
	public List<List<List<String>>> policies() {
		return this.policies;
	}

	/**
	 * The {@code @cost(weight:)}: the largest weight any subgraph gives.
	 * @return the weight, or null without {@code @cost}
	 */
	public @Nullable Integer costWeight() {
		return this.costWeight;
	}

	public void cost(int weight) {
		this.costWeight = (this.costWeight == null) ? weight : Math.max(this.costWeight, weight);
	}

	public @Nullable ListSize listSize() {
		return this.listSize;
	}

	public void listSize(ListSize listSize) {
		this.listSize = (this.listSize == null) ? listSize : this.listSize.merge(listSize);
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
		this.authenticated |= other.authenticated;
		this.requiresScopes.addAll(other.requiresScopes);
		this.policies.addAll(other.policies);
		if (other.costWeight != null) {
			cost(other.costWeight);
		}
		if (other.listSize != null) {
			listSize(other.listSize);
		}
		this.custom.addAll(other.custom);
	}

	/**
	 * Applications of custom directives, as printed ({@code @name(arg: value)}), from
	 * every merged source in order.
	 * @return the applications
	 */
	public List<String> custom() {
		return this.custom;
	}

	public List<String> tagList() {
		return new ArrayList<>(this.tags);
	}

}
