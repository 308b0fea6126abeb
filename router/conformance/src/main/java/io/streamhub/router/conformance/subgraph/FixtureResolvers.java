package io.streamhub.router.conformance.subgraph;

/**
 * The hand-written resolvers of one fixture (computed {@code @requires} fields, fields
 * with arguments, mutations): everything the generic data-driven resolution cannot
 * express. One implementation per fixture that needs it.
 */
@FunctionalInterface
public interface FixtureResolvers {

	/**
	 * No custom resolvers: everything comes from {@code data.json}.
	 */
	FixtureResolvers NONE = (registry) -> {
	};

	void register(ResolverRegistry registry);

}
