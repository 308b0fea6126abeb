package io.streamhub.router.composition.read;

import graphql.language.Directive;
import io.streamhub.router.composition.model.Applied;

/**
 * Reads the directives that composition carries to the supergraph: {@code @inaccessible},
 * {@code @tag}, {@code @deprecated}.
 */
final class AppliedReader {

	private static final String DEFAULT_DEPRECATION = "No longer supported";

	private AppliedReader() {
	}

	static void read(FederationLink link, Directive directive, Applied applied) {
		switch (link.canonical(directive.getName())) {
			case "inaccessible" -> applied.markInaccessible();
			case "tag" -> {
				String tag = FederationLink.stringArgument(directive, "name");
				if (tag != null) {
					applied.tags().add(tag);
				}
			}
			case "deprecated" -> {
				String reason = FederationLink.stringArgument(directive, "reason");
				applied.deprecate((reason != null) ? reason : DEFAULT_DEPRECATION);
			}
			case "specifiedBy" -> {
				String url = FederationLink.stringArgument(directive, "url");
				if (url != null) {
					applied.specifiedBy(url);
				}
			}
			default -> {
			}
		}
	}

}
